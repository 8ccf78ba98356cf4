import { getTranslations } from "next-intl/server";
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
  return (
    <header className="border-b border-slate-200 bg-brand-800 text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold tracking-tight text-white no-underline hover:underline">
          {t("siteName")}
        </Link>
        <nav aria-label={t("mainNavigation")}>
          <ul className="flex flex-wrap items-center gap-x-5 gap-y-2 text-sm">
            {NAV_ITEMS.map((item) => (
              <li key={item.href}>
                <Link className="text-white underline-offset-4 hover:underline" href={item.href}>{t(item.label)}</Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitcher />
      </div>
    </header>
  );
}
