import type { ReactNode } from "react";
import { requireRole } from "@/lib/auth/require-role";
import { AdminNav } from "@/components/admin/admin-nav";

// The navigation needs the user; every page and action below checks its own role again.
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await requireRole("editor", locale, `/${locale}/admin`);
  return (
    <>
      <AdminNav user={user} locale={locale} />
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </>
  );
}
