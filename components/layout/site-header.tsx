import { getLocale, getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/locales";
import { Link } from "@/lib/i18n/navigation";
import { LanguageSwitcher } from "./language-switcher";

const NAV_ITEMS = [
  { href: "/initiatives", label: "navInitiatives" },
  { href: "/countries", label: "navCountries" },
  { href: "/organisations", label: "navOrganisations" },
  { href: "/themes", label: "navThemes" },
  { href: "/gge", label: "navGge" },
  { href: "/about", label: "navAbout" },
] as const;

export async function SiteHeader() {
  const t = await getTranslations("Layout");
  const locale = (await getLocale()) as Locale;
  return (
    <header className="border-b border-slate-200 bg-brand-800 text-white print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-3">
        {/* Name and languages share the first row; the switcher wraps as a whole and never splits across lines. */}
        <div className="flex flex-wrap items-center justify-between gap-x-4 gap-y-2">
          <Link href="/" className="min-w-0 text-lg font-bold tracking-tight text-white no-underline hover:underline">
            {t("siteName")}
          </Link>
          <LanguageSwitcher locale={locale} label={t("languageSwitcher")} />
        </div>
        <nav aria-label={t("mainNavigation")} className="mt-2">
          <ul className="flex flex-wrap items-center gap-x-1 gap-y-1 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link className="inline-block px-2 py-1.5 text-white underline-offset-4 hover:underline" href={item.href}>
                  {t(item.label)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </header>
  );
}
