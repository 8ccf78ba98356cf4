import { getTranslations } from "next-intl/server";
import type { SearchItem } from "@/lib/db/initiatives";
import { PeriodText } from "@/components/ui/period-text";
import { FallbackNote } from "@/components/ui/fallback-note";
import { TextLink } from "@/components/ui/text-link";

export async function ResultCard({ item, back }: { item: SearchItem; back?: string }) {
  const t = await getTranslations("Catalogue");
  const recipients = item.recipients.slice(0, 8);
  return (
    <article className="rounded border border-slate-300 p-4 shadow-sm">
      <h3 className="text-lg font-semibold">
        <TextLink
          href={{ pathname: `/initiatives/${item.slug}`, query: back ? { back } : {} }}
          className="underline-offset-2 hover:underline"
          lang={item.name.locale}
        >
          {item.name.text}
        </TextLink>
      </h3>
      {item.name.isFallback ? <FallbackNote locale={item.name.locale} /> : null}
      {item.summary ? (
        <p className="mt-1 text-slate-800" lang={item.summary.locale}>
          {item.summary.text}
        </p>
      ) : null}
      <dl className="mt-3 grid gap-x-4 gap-y-1 text-sm sm:grid-cols-[9rem_1fr]">
        <dt className="font-medium text-slate-700">{t("donors")}</dt>
        <dd>{item.donors.map((d) => d.name).join(t("listSeparator"))}</dd>
        <dt className="font-medium text-slate-700">{t("recipients")}</dt>
        <dd>
          {recipients.map((r) => r.name).join(t("listSeparator"))}
          {item.recipients.length > recipients.length ? t("andMore", { count: item.recipients.length - recipients.length }) : ""}
          {item.reach ? (
            <span className="ml-1 block text-slate-700" data-testid="via" data-reach={item.reach}>
              {item.reach === "direct"
                ? t("reachesDirectly")
                : t(item.reach === "group" ? "reachesVia" : "reachesGlobally", { groups: (item.via ?? []).map((g) => g.name).join(t("listSeparator")) })}
            </span>
          ) : null}
        </dd>
        <dt className="font-medium text-slate-700">{t("themes")}</dt>
        <dd>
          {item.themes
            .filter((theme) => theme.parent)
            .map((theme) => theme.name)
            .join(t("listSeparator")) || item.themes.map((theme) => theme.name).join(t("listSeparator"))}
        </dd>
        <dt className="font-medium text-slate-700">{t("period")}</dt>
        <dd>
          <PeriodText startYear={item.startYear} endYear={item.endYear} ongoing={item.ongoing} sourceDate={item.sourceDate} />
        </dd>
      </dl>
    </article>
  );
}
