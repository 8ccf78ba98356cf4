// The reference tables (organisations, groups, themes, target groups, countries, sources) do not change
// while the generator writes, so writeInitiative's look-ups by slug/code are answered from one copy
// of each table held in memory; every write still goes through the transaction.
import type { Prisma } from "../../lib/generated/prisma/client";

/** Link tables writeInitiative clears before it writes them: for a new initiative there is nothing to clear. */
const CLEARED = new Set(["initiativeText", "initiativeOrganisation", "initiativeCountry", "initiativeGroup", "initiativeTheme", "initiativeTargetGroup"]);
const MODELS = new Set(["organisation", "group", "theme", "targetGroup", "country", "sourceDocument"]);
type Args = { where: Record<string, unknown>; select?: Record<string, boolean> };
type Delegate = { findMany: (args: unknown) => Promise<Record<string, unknown>[]> };

/**
 * With `fresh` (every initiative written is new, as in a database the generator just created), the
 * deletions writeInitiative makes before rewriting links are known to match nothing and are skipped,
 * as are inserts of no rows: the rows written are exactly the same.
 */
export function withReferenceCache(
  tx: Prisma.TransactionClient,
  tables: Map<string, Promise<Record<string, unknown>[]>>,
  options: { fresh: boolean },
): Prisma.TransactionClient {
  return new Proxy(tx, {
    get(target, model, receiver) {
      const delegate = Reflect.get(target, model, receiver) as Delegate;
      if (typeof model === "string" && CLEARED.has(model) && options.fresh)
        return new Proxy(delegate, {
          get(inner, method, innerReceiver) {
            if (method === "deleteMany") return async () => ({ count: 0 });
            const fn = Reflect.get(inner, method, innerReceiver);
            if (method === "createMany") return async (args: { data: unknown[] }) => (args.data.length ? fn.call(inner, args) : { count: 0 });
            return fn;
          },
        });
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
