import { getTranslations } from "next-intl/server";
import { isMessageKey } from "@/lib/i18n/message-keys";

/** Explains which query-string parameters were invalid and have been ignored. */
export async function IgnoredParameters({ ignored }: { ignored: { key: string; message: string }[] }) {
  if (!ignored.length) return null;
  const t = await getTranslations("Catalogue");
  const v = await getTranslations("Validation");
  return (
    <div role="alert" data-testid="ignored-parameters" className="mt-4 rounded border border-amber-700 bg-amber-50 p-3 text-amber-950">
      <p className="font-semibold">{t("ignoredTitle")}</p>
      <ul className="mt-1 list-disc pl-5">
        {ignored.map((item) => (
          <li key={item.key}>
            <code>{item.key}</code>: {isMessageKey(v, item.message) ? v(item.message) : v("invalid")}
          </li>
        ))}
      </ul>
    </div>
  );
}
