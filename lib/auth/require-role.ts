import "server-only";
import { forbidden, redirect } from "next/navigation";
import { getSessionUser, type SessionUser } from "./session";
import { hasRole, type Role } from "./roles";
import { localeSchema } from "../validations/common";

/**
 * The one authorisation check of every admin page, server action and route handler:
 * anonymous users are sent to the login page, signed-in users without the role get 403.
 */
export async function requireRole(role: Role, locale: string, next?: string): Promise<SessionUser> {
  const user = await getSessionUser();
  if (!user) {
    const safeLocale = localeSchema.catch("en").parse(locale);
    const query = next && next.startsWith(`/${safeLocale}/admin`) ? `?next=${encodeURIComponent(next)}` : "";
    redirect(`/${safeLocale}/login${query}`);
  }
  if (!hasRole(user.role, role)) forbidden();
  return user;
}

/** For route handlers: the user, or the status to answer with. */
export async function authorizeRequest(role: Role): Promise<{ user: SessionUser } | { status: 401 | 403 }> {
  const user = await getSessionUser();
  if (!user) return { status: 401 };
  if (!hasRole(user.role, role)) return { status: 403 };
  return { user };
}
