import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "./client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import type { UserInput } from "../validations/user";

export class DuplicateEmailError extends Error {}
export class LastAdminError extends Error {}

/** Used by `npm run admin:create` and by admins creating accounts: the one way users are made. */
export async function createUser(input: UserInput) {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new DuplicateEmailError(input.email);
  const passwordHash = await hashPassword(input.password);
  return prisma.user.create({
    data: { id: randomUUID(), email: input.email, name: input.name, role: input.role, passwordHash },
    select: { id: true, email: true, role: true },
  });
}

export function listUsers() {
  return prisma.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
}

/** Changes a role; refuses to leave the portal without an admin. Ends the user's sessions so the change applies at once. */
export async function changeUserRole(userId: string, role: Role) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
    if (!user) return null;
    if (user.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) throw new LastAdminError();
    }
    await tx.user.update({ where: { id: userId }, data: { role } });
    if (user.role !== role) await tx.session.deleteMany({ where: { userId } });
    return { ...user, before: user.role };
  });
}
