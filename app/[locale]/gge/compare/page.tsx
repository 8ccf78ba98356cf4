import { getTranslations, setRequestLocale } from "next-intl/server";
import type { Locale } from "@/lib/validations/common";
import { getGgeComparison } from "@/lib/db/gge";
import { alternates } from "@/lib/i18n/alternates";
import { MembershipTable } from "@/components/gge/membership-table";
import { MembershipChanges } from "@/components/gge/membership-changes";
import { TopicComparison } from "@/components/gge/topic-comparison";
import { TextLink } from "@/components/ui/text-link";

type Props = { params: Promise<{ locale: Locale }> };

export async function generateMetadata({ params }: Props) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "GgeCompare" });
  return { title: t("title"), description: t("intro"), alternates: alternates(locale, "/gge/compare") };
}

export default async function GgeComparePage({ params }: Props) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("GgeCompare");
  const comparison = await getGgeComparison(locale);
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <nav aria-label={t("breadcrumb")} className="text-sm">
        <TextLink href="/gge">{t("back")}</TextLink>
      </nav>
      <h1 className="mt-3 text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 max-w-3xl text-lg text-slate-800">{t("intro")}</p>

      <section className="mt-8" aria-labelledby="members-heading">
        <h2 id="members-heading" className="text-2xl font-semibold">
          {t("membersTitle")}
        </h2>
        <MembershipTable sessions={comparison.sessions} matrix={comparison.matrix} />
        <h3 className="mt-8 text-xl font-semibold">{t("changesTitle")}</h3>
        <MembershipChanges sessions={comparison.sessions} changes={comparison.changes} />
      </section>

      <section className="mt-12" aria-labelledby="topics-heading">
        <h2 id="topics-heading" className="text-2xl font-semibold">
          {t("topicsTitle")}
        </h2>
        <p className="mt-2 max-w-3xl">{t("topicsIntro")}</p>
        <TopicComparison documents={comparison.documents} />
      </section>
    </div>
  );
}
