// npm run admin:create -- --email you@example.org --name "Your Name" [--role editor]
// The password comes from ADMIN_PASSWORD or is asked for (not echoed). There are no default credentials.
import { parseArgs } from "node:util";
import readline from "node:readline";
import { createUser, DuplicateEmailError } from "../lib/db/users";
import { userInputSchema } from "../lib/validations/user";
import { prisma } from "../lib/db/client";

async function askPassword(question: string): Promise<string> {
  if (!process.stdin.isTTY) throw new Error("No terminal to ask for the password: set ADMIN_PASSWORD.");
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: true });
  const output = rl as unknown as { _writeToOutput: (s: string) => void; output: NodeJS.WriteStream };
  output._writeToOutput = (s: string) => output.output.write(s.startsWith(question) ? s : "");
  const answer = await new Promise<string>((resolve) => rl.question(question, resolve));
  rl.close();
  process.stdout.write("\n");
  return answer;
}

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string", default: "admin" } },
  });
  const password = process.env.ADMIN_PASSWORD || (await askPassword("Password (12+ characters): "));
  const parsed = userInputSchema.safeParse({ ...values, name: values.name ?? values.email, password });
  if (!parsed.success) {
    for (const issue of parsed.error.issues) console.error(`${issue.path.join(".")}: ${issue.message}`);
    process.exit(1);
  }
  try {
    const user = await createUser(parsed.data);
    console.log(`Created ${user.role} ${user.email}`);
  } catch (error) {
    if (!(error instanceof DuplicateEmailError)) throw error;
    console.error(`A user with the e-mail ${parsed.data.email} already exists.`);
    process.exitCode = 1;
  } finally {
    await prisma.$disconnect();
  }
}

main();
