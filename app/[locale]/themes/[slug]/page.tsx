import { cache } from "react";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getThemeDetail } from "@/lib/db/themes";
import { alternates } from "@/lib/i18n/alternates";
import { catalogueHref } from "@/lib/catalogue-query";
import { ThemeCharts } from "@/components/browse/theme-charts";
import { InitiativeRefList } from "@/components/browse/initiative-ref-list";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale; slug: string }> };
// Once per request: generateMetadata and the page both need it.
const loadThemeDetail = cache(getThemeDetail);

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const theme = await loadThemeDetail(slug, locale);
  if (!theme) return {};
  const t = await getTranslations({ locale, namespace: "Theme" });
  return { title: theme.name, description: t("metaDescription", { name: theme.name }), alternates: alternates(locale, `/themes/${theme.slug}`) };
}

export default async function ThemePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  const theme = await loadThemeDetail(slug, locale);
  if (!theme) notFound();
  const t = await getTranslations("Theme");
  const format = await getFormatter();
  return (
    <article className="mx-auto max-w-5xl px-4 py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/themes">{t("allThemes")}</TextLink>
        {theme.parent ? (
          <>
            {" "}
            ›{" "}
            <TextLink href={`/themes/${theme.parent.slug}`}>
              {theme.parent.gfceCode}. {theme.parent.name}
            </TextLink>
          </>
        ) : null}
      </nav>
      <h1 className="mt-3 text-3xl font-bold">
        {theme.gfceCode ? `${theme.gfceCode}. ` : ""}
        {theme.name}
      </h1>
      <p className="mt-3">
        <TextLink className="font-semibold" href={catalogueHref({ theme: theme.slug })} data-testid="catalogue-link" data-count={theme.count}>
          {t("catalogueLink", { count: theme.count, formatted: format.number(theme.count) })}
        </TextLink>
      </p>
      {theme.children.length ? (
        <section className="mt-8" aria-labelledby="sub-themes">
          <h2 id="sub-themes" className="text-2xl font-semibold">
            {t("subThemesHeading")}
          </h2>
          <ul className="mt-3 list-disc space-y-1 pl-5" data-testid="sub-themes">
            {theme.children.map((child) => (
              <li key={child.slug}>
                <TextLink href={`/themes/${child.slug}`}>{child.name}</TextLink>{" "}
                <TextLink className="inline-block min-h-6 min-w-6 px-1 text-center text-sm leading-6" href={catalogueHref({ theme: child.slug })}>
                  ({format.number(child.count)}
                  <span className="sr-only"> {t("countLink", { count: child.count, name: child.name })}</span>)
                </TextLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <ThemeCharts theme={theme} />
      <section className="mt-8" aria-labelledby="initiatives">
        <h2 id="initiatives" className="text-2xl font-semibold">
          {t("initiativesHeading", { count: theme.initiatives.total })}
        </h2>
        {theme.initiatives.total ? (
          <InitiativeRefList
            list={theme.initiatives}
            testId="theme-initiatives"
            more={{ href: catalogueHref({ theme: theme.slug }), label: t("catalogueLink", { count: theme.count, formatted: format.number(theme.count) }) }}
          />
        ) : (
          <p className="mt-2 text-slate-700">{t("none")}</p>
        )}
      </section>
    </article>
  );
}
