import { z } from "zod";
import { plainText } from "./text";
import { ROLES } from "../auth/roles";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "../auth/password-rules";

export const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .max(320, { message: "email.invalid" })
  .pipe(z.email({ message: "email.invalid" }));
export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH, { message: "password.tooShort" }).max(PASSWORD_MAX_LENGTH, { message: "password.tooLong" });
export const roleSchema = z.enum(ROLES, { message: "role.invalid" });

export const userInputSchema = z.object({
  email: emailSchema,
  name: plainText().trim().min(1, { message: "name.required" }).max(120, { message: "text.tooLong" }),
  role: roleSchema,
  password: passwordSchema,
});
export type UserInput = z.infer<typeof userInputSchema>;

export const loginSchema = z.object({
  email: z.string().trim().min(1, { message: "email.invalid" }).max(320, { message: "email.invalid" }),
  password: z.string().min(1, { message: "password.required" }).max(PASSWORD_MAX_LENGTH, { message: "password.tooLong" }),
});
