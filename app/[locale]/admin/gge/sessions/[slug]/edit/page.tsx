import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { requireRole } from "@/lib/auth/require-role";
import { getGgeSessionInput } from "@/lib/db/admin-gge";
import { sessionToValues } from "@/lib/validations/gge-form";
import { GgeSessionForm } from "@/components/admin/gge-session-form";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale; slug: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props) {
  const t = await getTranslations({ locale: (await params).locale, namespace: "AdminGge" });
  return { title: t("editSession"), robots: { index: false } };
}

export default async function EditGgeSessionPage({ params, searchParams }: Props) {
  const { locale, slug } = await params;
  setRequestLocale(locale);
  await requireRole("editor", locale, `/${locale}/admin/gge/sessions/${slug}/edit`);
  const session = /^[a-z0-9-]{2,120}$/.test(slug) ? await getGgeSessionInput(slug) : null;
  if (!session) notFound();
  const [t, { saved }] = await Promise.all([getTranslations("AdminGge"), searchParams]);
  return (
    <>
      <p className="text-sm">
        <TextLink href="/admin/gge">{t("back")}</TextLink>
      </p>
      <h1 className="mt-2 text-3xl font-bold">
        {t("editSession")}: {t("sessionLabel", { number: session.number, start: String(session.startYear), end: String(session.endYear) })}
      </h1>
      {saved ? (
        <p role="status" className="mt-3 rounded bg-brand-50 p-3" data-testid="saved">
          {t("saved")}
        </p>
      ) : null}
      <GgeSessionForm initial={sessionToValues(session)} original={session.slug} />
    </>
  );
}
