import { getLocale, getTranslations } from "next-intl/server";
import { TextLink, TextAnchor } from "@/components/ui/text-link";
import { LastUpdated } from "./last-updated";

export async function SiteFooter() {
  const t = await getTranslations("Layout");
  const tAuth = await getTranslations("Auth");
  const locale = await getLocale();
  return (
    <footer className="mt-16 border-t border-slate-200 bg-slate-50 print:hidden">
      <div className="mx-auto max-w-6xl px-4 py-6 text-sm text-slate-700">
        <p>{t("footerSources")}</p>
        <p className="mt-2" data-testid="footer-last-updated">
          <LastUpdated />
        </p>
        <p className="mt-2">
          <TextAnchor href="/api/v1/initiatives">{t("footerApi")}</TextAnchor>
          {" · "}
          <TextLink href="/api-docs">{t("footerApiDocs")}</TextLink>
          {" · "}
          <TextAnchor href={`/api/v1/feed?locale=${locale}`} type="application/atom+xml">
            {t("footerWhatsNew")}
          </TextAnchor>
          {" · "}
          <TextLink href="/login">{tAuth("signIn")}</TextLink>
        </p>
      </div>
    </footer>
  );
}
