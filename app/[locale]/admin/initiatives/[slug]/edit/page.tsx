import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { getInitiativeForEdit } from "@/lib/db/admin-initiatives";
import { getFormOptions } from "@/lib/db/admin-options";
import { initiativeToValues } from "@/lib/validations/admin-form";
import { InitiativeForm } from "@/components/admin/initiative-form";
import { StatusControls } from "@/components/admin/status-controls";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<{ saved?: string; status?: string }> };

export async function generateMetadata({ params }: Props) {
  const { locale, slug } = await params;
  const t = await getTranslations({ locale, namespace: "AdminInitiatives" });
  return { title: t("editTitle", { slug: slug.slice(0, 120) }), robots: { index: false } };
}

export default async function EditInitiativePage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/initiatives/${slug}/edit`);
  const record = await getInitiativeForEdit(slug);
  if (!record) notFound();
  const [options, t, query] = await Promise.all([getFormOptions(locale), getTranslations("AdminInitiatives"), searchParams]);
  const notice = query.saved
    ? t("notices.saved", { version: query.saved.slice(0, 6) })
    : query.status === "archived" || query.status === "restored" || query.status === "conflict"
      ? t(`notices.${query.status}`)
      : null;
  return (
    <>
      <h1 className="text-3xl font-bold">{t("editTitle", { slug })}</h1>
      {notice ? (
        <p role="status" className="mt-3 rounded bg-brand-50 p-3 font-medium" data-testid="notice">
          {notice}
        </p>
      ) : null}
      <p className="mt-3 flex flex-wrap gap-4">
        <TextLink href={`/admin/initiatives/${slug}/history`}>{t("history")}</TextLink>
        <TextLink href={`/admin/initiatives/${slug}/preview`}>{t("preview")}</TextLink>
        {record.input.status === "published" ? <TextLink href={`/initiatives/${slug}`}>{t("viewPublic")}</TextLink> : null}
      </p>
      <StatusControls slug={slug} status={record.input.status} version={record.input.version} locale={locale} />
      <InitiativeForm mode="edit" initialValues={initiativeToValues(record.input)} options={options} />
    </>
  );
}
