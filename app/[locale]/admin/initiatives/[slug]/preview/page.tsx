import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { prisma } from "@/lib/db/client";
import { getInitiativeDetail } from "@/lib/db/initiative-detail";
import { LocalizedBlock } from "@/components/ui/localized-block";
import { OrganisationList } from "@/components/initiative/organisation-list";
import { PeriodText } from "@/components/ui/period-text";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "AdminInitiatives" });
  return { title: t("previewTitle", { slug: slug.slice(0, 120) }), robots: { index: false } };
}

/** How an initiative will read in the catalogue, drafts and archived ones included. */
export default async function PreviewInitiativePage({ params }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/initiatives/${slug}/preview`);
  const initiative = await getInitiativeDetail(prisma, slug, locale, { includeDrafts: true });
  if (!initiative) notFound();
  const [t, ti, tf] = await Promise.all([getTranslations("AdminInitiatives"), getTranslations("Initiative"), getTranslations("AdminForm")]);
  return (
    <article>
      <p role="note" className="rounded bg-amber-50 p-3" data-testid="preview-note">
        {t("previewNote", { status: tf(`statuses.${initiative.status as "draft"}`) })}{" "}
        <TextLink href={`/admin/initiatives/${slug}/edit`}>{t("backToForm")}</TextLink>
      </p>
      <h1 className="mt-4 text-3xl font-bold" lang={initiative.name.locale}>{initiative.name.text}</h1>
      {initiative.summary ? <LocalizedBlock value={initiative.summary} className="mt-3 text-lg" /> : null}
      <dl className="mt-6 grid gap-x-6 gap-y-4 sm:grid-cols-[12rem_1fr]">
        <dt className="font-semibold">{ti("donors")}</dt>
        <dd><OrganisationList links={initiative.donors} column="donor" /></dd>
        <dt className="font-semibold">{ti("partners")}</dt>
        <dd>{initiative.partners.length ? <OrganisationList links={initiative.partners} column="partner" /> : ti("noPartners")}</dd>
        <dt className="font-semibold">{ti("recipients")}</dt>
        <dd>{[...initiative.groups, ...initiative.countries].map((r) => r.name).join(", ")}</dd>
        <dt className="font-semibold">{ti("themes")}</dt>
        <dd>{initiative.themes.map((theme) => theme.name).join(", ")}</dd>
        <dt className="font-semibold">{ti("period")}</dt>
        <dd><PeriodText {...initiative.period} /></dd>
      </dl>
      {(["objectives", "activities", "outcomes"] as const).map((field) =>
        initiative[field] ? (
          <section key={field} className="mt-6">
            <h2 className="text-xl font-semibold">{ti(field)}</h2>
            <LocalizedBlock value={initiative[field]} className="mt-2 whitespace-pre-line" />
          </section>
        ) : null,
      )}
    </article>
  );
}
