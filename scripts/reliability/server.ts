// Starting, stopping and talking to the production server for the reliability campaign.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import { SERVER_ARGS, serverMemoryEnv } from "../server-memory-settings";

export type Server = { child: ChildProcess; port: number; base: string; logFile: string };

export function freshDatabase(file: string) {
  for (const suffix of ["", "-wal", "-shm", "-journal"]) fs.rmSync(file + suffix, { force: true });
  const env = { ...process.env, DATABASE_URL: `file:${file}` };
  const run = (...args: string[]) => execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", ...args], { env, stdio: "pipe" });
  run("scripts/migrate.ts", "deploy");
  run("prisma/seed.ts");
}

/** Creates the account through the documented command (npm run admin:create). */
export function createAdmin(file: string, email: string, password: string) {
  execFileSync(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/admin-create.ts", "--email", email, "--name", "Reliability", "--role", "admin"],
    {
      env: { ...process.env, DATABASE_URL: `file:${file}`, ADMIN_PASSWORD: password },
      stdio: "pipe",
    },
  );
}

export async function startServer(file: string, port: number, logFile: string): Promise<Server> {
  const log = fs.openSync(logFile, "a");
  const child = spawn(process.execPath, [...SERVER_ARGS], {
    env: {
      ...process.env,
      ...serverMemoryEnv(process.env),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
      DATABASE_URL: `file:${file}`,
      SECURE_COOKIES: "false",
      NODE_ENV: "production",
    },
    stdio: ["ignore", log, log],
  });
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}; see ${logFile}`);
    try {
      if ((await fetch(`${base}/en/about`)).status === 200) return { child, port, base, logFile };
    } catch {}
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("server did not start");
}

export async function stopServer(server: Server, signal: NodeJS.Signals = "SIGTERM") {
  if (server.child.exitCode !== null || server.child.signalCode) return;
  const exited = new Promise((r) => server.child.once("exit", r));
  server.child.kill(signal);
  await exited;
}

/** Resident memory of the server process, in MiB. */
export function rssMiB(server: Server): number {
  const status = fs.readFileSync(`/proc/${server.child.pid}/status`, "utf8");
  return Math.round(Number(status.match(/VmRSS:\s+(\d+)/)?.[1] ?? 0) / 1024);
}

/** CPU time the server process has used (user + system), in seconds: what the load cost it, however busy the machine. */
export function cpuSeconds(server: Server): number {
  const fields = fs.readFileSync(`/proc/${server.child.pid}/stat`, "utf8").split(") ")[1].split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}
