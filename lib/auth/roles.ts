export const ROLES = ["editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** Admins can do everything editors can. */
export function hasRole(userRole: string, required: Role): boolean {
  return userRole === "admin" || userRole === required;
}
