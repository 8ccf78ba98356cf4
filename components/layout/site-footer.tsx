import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { LastUpdated } from "./last-updated";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tAuth = await getTranslations("Auth");
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700">
        <p>{t("footerSources")}</p>
        <p className="mt-2" data-testid="footer-last-updated"><LastUpdated /></p>
        <p className="mt-2">
          <a className="text-brand-700 underline" href="/api/v1/initiatives">{t("footerApi")}</a>
          {" · "}
          <Link className="text-brand-700 underline" href="/login">{tAuth("signIn")}</Link>
        </p>
      </div>
    </footer>
  );
}
