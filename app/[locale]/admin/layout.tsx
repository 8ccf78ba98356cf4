import type { ReactNode } from "react";
import { getSessionUser } from "@/lib/auth/session";
import { AdminNav } from "@/components/admin/admin-nav";
import { ScopedMessages } from "@/components/layout/scoped-messages";

const ADMIN_CLIENT_NAMESPACES = ["Layout", "Catalogue", "AdminForm", "AdminGge", "AdminImport", "AdminUsers", "Login", "Validation"] as const;

// Navigation only: every page (and action) below checks the role itself with requireRole,
// because a check in a layout protects neither the pages' own requests nor server actions.
export default async function AdminLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await getSessionUser();
  return (
    <ScopedMessages namespaces={ADMIN_CLIENT_NAMESPACES}>
      {user ? <AdminNav user={user} locale={locale} /> : null}
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </ScopedMessages>
  );
}
