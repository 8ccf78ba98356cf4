import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { logoutAction } from "@/lib/actions/auth";
import type { SessionUser } from "@/lib/auth/session";

const ITEMS = [
  { href: "/admin", key: "dashboard", adminOnly: false },
  { href: "/admin/initiatives", key: "initiatives", adminOnly: false },
  { href: "/admin/initiatives/new", key: "newInitiative", adminOnly: false },
  { href: "/admin/gge", key: "gge", adminOnly: false },
  { href: "/admin/import", key: "import", adminOnly: false },
  { href: "/admin/audit", key: "audit", adminOnly: false },
  { href: "/admin/users", key: "users", adminOnly: true },
] as const;

export async function AdminNav({ user, locale }: { user: SessionUser; locale: string }) {
  const t = await getTranslations("Admin");
  return (
    <div className="border-b border-slate-300 bg-slate-100">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-3 px-4 py-2 text-sm">
        <nav aria-label={t("navLabel")}>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {ITEMS.filter((item) => !item.adminOnly || user.role === "admin").map((item) => (
              <li key={item.href}>
                <Link className="text-brand-800 underline" href={item.href}>
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <form action={logoutAction.bind(null, locale)} className="flex items-center gap-3">
          <span>{t("signedInAs", { email: user.email, role: t(`roles.${user.role === "admin" ? "admin" : "editor"}`) })}</span>
          <button type="submit" className="rounded border border-brand-700 px-2 py-1 text-brand-800 hover:bg-white">
            {t("logout")}
          </button>
        </form>
      </div>
    </div>
  );
}
