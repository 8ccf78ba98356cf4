import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { TEXT_LINK_CLASS } from "@/components/ui/text-link";

type Props = {
  /** The chart's title: the summary's words, the table's caption and the scroll region's name. */
  title: string;
  tableClassName?: string;
  testId?: string;
  /** The table's head and body. */
  children: ReactNode;
};

/** A chart's data as a table, folded under a summary: the same numbers for screen readers, keyboards and copying. */
export async function DataTableDetails({ title, tableClassName, testId, children }: Props) {
  const t = await getTranslations("Charts");
  return (
    <details className="mt-2 text-sm">
      <summary className={`cursor-pointer ${TEXT_LINK_CLASS}`}>{t("tableSummary", { title })}</summary>
      <div className="relative overflow-x-auto" role="region" aria-label={title} tabIndex={0}>
        <table className={tableClassName ? `mt-2 border-collapse ${tableClassName}` : "mt-2 border-collapse"} data-testid={testId}>
          <caption className="sr-only">{title}</caption>
          {children}
        </table>
      </div>
    </details>
  );
}
