import { getTranslations } from "next-intl/server";
import { changeInitiativeStatusAction } from "@/lib/actions/initiatives";
import { secondaryButtonClass } from "./form-styles";

/** Archive (instead of deleting) or restore to draft. */
export async function StatusControls({ slug, status, version, locale }: { slug: string; status: string; version: number; locale: string }) {
  const t = await getTranslations("AdminInitiatives");
  const target = status === "archived" ? "draft" : "archived";
  return (
    <form action={changeInitiativeStatusAction.bind(null, locale)} className="mt-3">
      <input type="hidden" name="slug" value={slug} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="target" value={target} />
      <button type="submit" className={secondaryButtonClass}>
        {target === "archived" ? t("archive") : t("restore")}
      </button>
    </form>
  );
}
