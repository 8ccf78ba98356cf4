import type { ReactNode } from "react";
import { notFound } from "next/navigation";
import { hasLocale } from "next-intl";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { routing } from "@/lib/i18n/routing";
import { requestLocale } from "@/lib/i18n/navigation";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { env } from "@/lib/env";
import "../globals.css";

// Every page reads the database, which editors change at any time.
export const dynamic = "force-dynamic";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: "Metadata" });
  return {
    // Relative canonical and hreflang URLs of every page become absolute against the configured origin.
    metadataBase: new URL(env.SITE_URL),
    title: { default: t("title"), template: `%s · ${t("shortTitle")}` },
    description: t("description"),
    icons: {
      icon: [
        { url: "/favicon.ico", sizes: "32x32" },
        { url: "/icon.svg", type: "image/svg+xml" },
      ],
      apple: "/apple-touch-icon.png",
    },
    manifest: "/manifest.webmanifest",
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  await requestLocale(); // from here on, links render without waiting (lib/i18n/navigation.tsx)
  const t = await getTranslations({ locale, namespace: "Layout" });
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col bg-white font-sans text-slate-900 antialiased">
        <a href="#main" className="skip-link">
          {t("skipToContent")}
        </a>
        {/* No next-intl client provider: public client components get their texts as props, which keeps
            the ICU runtime and message namespaces out of every page's JavaScript. Admin and login pages
            add a scoped provider (components/layout/scoped-messages.tsx). */}
        <SiteHeader />
        <main id="main" className="flex-1" tabIndex={-1}>
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
