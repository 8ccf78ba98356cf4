// The reference tables (organisations, groups, themes, target groups, countries, sources) do not change
// while the generator writes, so writeInitiative's look-ups by slug/code are answered from one copy
// of each table held in memory; every write still goes through the transaction.
import type { Prisma } from "../../lib/generated/prisma/client";

const MODELS = new Set(["organisation", "group", "theme", "targetGroup", "country", "sourceDocument"]);
type Args = { where: Record<string, unknown>; select?: Record<string, boolean> };
type Delegate = { findMany: (args: unknown) => Promise<Record<string, unknown>[]> };

export function withReferenceCache(tx: Prisma.TransactionClient, tables: Map<string, Promise<Record<string, unknown>[]>>): Prisma.TransactionClient {
  return new Proxy(tx, {
    get(target, model, receiver) {
      const delegate = Reflect.get(target, model, receiver) as Delegate;
      if (typeof model !== "string" || !MODELS.has(model)) return delegate;
      const rows = async (args: Args, key: string) => {
        const id = `${model}:${JSON.stringify(args.select ?? null)}:${key}`;
        if (!tables.has(id)) tables.set(id, delegate.findMany({ select: args.select ? { ...args.select, [key]: true } : undefined }));
        return tables.get(id)!;
      };
      return new Proxy(delegate, {
        get(inner, method, innerReceiver) {
          const fn = Reflect.get(inner, method, innerReceiver);
          if (method === "findMany")
            return async (args: Args) => {
              const [key, condition] = Object.entries(args.where)[0] as [string, { in: unknown[] }];
              const wanted = new Set(condition.in);
              return (await rows(args, key)).filter((row) => wanted.has(row[key]));
            };
          if (method === "findUnique")
            return async (args: Args) => {
              const [key, value] = Object.entries(args.where)[0];
              return (await rows(args, key)).find((row) => row[key] === value) ?? null;
            };
          return fn;
        },
      });
    },
  });
}
