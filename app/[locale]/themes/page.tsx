import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { themeTree } from "@/lib/db/themes";
import { alternates } from "@/lib/i18n/alternates";
import { catalogueHref } from "@/lib/catalogue-query";
import { BarChart } from "@/components/charts/bar-chart";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "Themes" });
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/themes") };
}

export default async function ThemesPage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("Themes");
  const format = await getFormatter();
  const tree = await themeTree(locale);
  const countLink = (slug: string, count: number, name: string) => (
    <TextLink href={catalogueHref({ theme: slug })} data-testid="theme-count-link" data-count={count}>
      {t("count", { count, formatted: format.number(count) })}
      <span className="sr-only"> {t("countLink", { name })}</span>
    </TextLink>
  );
  return (
    <div className="mx-auto max-w-5xl px-4 py-8">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-2 max-w-3xl text-slate-700">{t("intro")}</p>
      <div className="mt-6">
        <BarChart
          id="themes-chart"
          title={t("chartTitle")}
          description={t("chartDescription")}
          bars={tree.map((theme) => ({
            key: theme.slug,
            label: `${theme.gfceCode}. ${theme.name}`,
            value: theme.count,
            href: catalogueHref({ theme: theme.slug }),
          }))}
          valueLabel={t("initiatives")}
          labelHeader={t("theme")}
        />
      </div>
      <ol className="mt-8 space-y-6">
        {tree.map((theme) => (
          <li key={theme.slug} data-slug={theme.slug}>
            <h2 className="text-2xl font-semibold">
              <TextLink href={`/themes/${theme.slug}`}>
                {theme.gfceCode}. {theme.name}
              </TextLink>
            </h2>
            <p className="mt-1">{countLink(theme.slug, theme.count, theme.name)}</p>
            <ul className="mt-2 grid gap-1 pl-5 sm:grid-cols-2">
              {theme.children.map((child) => (
                <li key={child.slug} className="list-disc" data-slug={child.slug}>
                  <TextLink href={`/themes/${child.slug}`}>{child.name}</TextLink>{" "}
                  <span className="text-sm">({countLink(child.slug, child.count, child.name)})</span>
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </div>
  );
}
