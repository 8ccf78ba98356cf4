import { getTranslations } from "next-intl/server";

/** Tells the reader which query parameters were malformed and ignored. */
export async function IgnoredQuery({ keys }: { keys: string[] }) {
  if (!keys.length) return null;
  const t = await getTranslations("Countries");
  return (
    <p role="status" className="mt-4 rounded border border-amber-600 bg-amber-50 p-3 text-slate-900" data-testid="ignored-query">
      {t("ignored", { keys: keys.join(", ") })}
    </p>
  );
}

/** The keys present in `raw` whose value did not survive parsing. */
export function ignoredKeys(raw: Record<string, unknown>, parsed: Record<string, unknown>): string[] {
  return Object.keys(parsed).filter((key) => raw[key] !== undefined && raw[key] !== "" && parsed[key] === undefined);
}
