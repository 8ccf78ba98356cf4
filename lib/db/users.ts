import "server-only";
import { randomUUID } from "node:crypto";
import { prisma } from "./client";
import { writeAudit } from "./audit";
import { Prisma } from "../generated/prisma/client";
import { hashPassword } from "../auth/password";
import type { Role } from "../auth/roles";
import type { UserInput } from "../validations/user";

export class DuplicateEmailError extends Error {}
export class LastAdminError extends Error {}

/** A unique constraint failed: the e-mail was taken between our check and our insert (two requests at once). */
const isUniqueViolation = (error: unknown) => error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

/**
 * Used by `npm run admin:create` and by admins creating accounts: the one way users are made.
 * When an admin (`byUserId`) creates the account, the audit entry is written in the same transaction.
 */
export async function createUser(input: UserInput, byUserId?: string) {
  const existing = await prisma.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new DuplicateEmailError(input.email);
  // Hashing is slow on purpose: done before the transaction so it does not hold the write lock.
  const passwordHash = await hashPassword(input.password);
  try {
    return await prisma.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { id: randomUUID(), email: input.email, name: input.name, role: input.role, passwordHash },
        select: { id: true, email: true, role: true },
      });
      if (byUserId)
        await writeAudit(tx, {
          userId: byUserId,
          entity: "user",
          entitySlug: user.email,
          action: "create-user",
          after: { email: user.email, role: user.role },
        });
      return user;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DuplicateEmailError(input.email);
    throw error;
  }
}

export function listUsers() {
  return prisma.user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, createdAt: true, disabledAt: true },
  });
}

/**
 * Changes a role and records who did it, in one transaction; refuses to leave the portal without an admin.
 * Ends the user's sessions so the change applies at once.
 */
export async function changeUserRole(userId: string, role: Role, byUserId: string) {
  return prisma.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: userId }, select: { id: true, email: true, role: true } });
    if (!user) return null;
    if (user.role === "admin" && role !== "admin") {
      const admins = await tx.user.count({ where: { role: "admin", disabledAt: null } });
      if (admins <= 1) throw new LastAdminError();
    }
    if (user.role === role) return { ...user, before: user.role };
    await tx.user.update({ where: { id: userId }, data: { role } });
    await tx.session.deleteMany({ where: { userId } });
    await writeAudit(tx, { userId: byUserId, entity: "user", entitySlug: user.email, action: "change-role", before: { role: user.role }, after: { role } });
    return { ...user, before: user.role };
  });
}
