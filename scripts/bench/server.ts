// Starts and stops the production server (`npm start`) on a given database and port, and reads the
// resident memory of the process that actually serves (next start may run the server in a child).
import fs from "node:fs";
import path from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import { SERVER_ARGS, serverMemoryEnv } from "../server-memory-settings";

export type Server = { child: ChildProcess; base: string; log: string[] };

/** `database`: an SQLite file, or a database URL (file: or postgresql://). */
export async function startServer(database: string, port: number, timeoutMs = 180_000): Promise<Server> {
  if (!fs.existsSync(path.resolve(".next/BUILD_ID"))) throw new Error("no production build: run `npm run build` first");
  // What `npm start` runs: Next behind the portal's guard (scripts/server.ts), not bare `next start`.
  const child = spawn(process.execPath, [...SERVER_ARGS], {
    env: {
      ...process.env,
      ...serverMemoryEnv(process.env),
      DATABASE_URL: /^(file:|postgres(ql)?:\/\/)/i.test(database) ? database : `file:${path.resolve(database)}`,
      NODE_ENV: "production",
      PORT: String(port),
    },
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const log: string[] = [];
  const keep = (chunk: Buffer) => log.push(...chunk.toString().split("\n").filter(Boolean)) && log.splice(0, Math.max(0, log.length - 50));
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${log.join("\n")}`);
    try {
      const response = await fetch(`${base}/en/about`, { signal: AbortSignal.timeout(30_000) });
      await response.arrayBuffer();
      if (response.ok) return { child, base, log };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stopServer({ child, base, log });
  throw new Error(`server did not answer within ${timeoutMs / 1000} s`);
}

export async function stopServer(server: Server) {
  const pid = server.child.pid!;
  const exited = new Promise((resolve) => server.child.once("exit", resolve));
  try {
    process.kill(-pid, "SIGTERM"); // the process group this script started, nothing else
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-pid, "SIGKILL");
    } catch {
      // already gone
    }
  }, 5000);
  await exited;
  clearTimeout(timer);
}

function statusField(pid: number, field: string): number | null {
  try {
    const match = fs.readFileSync(`/proc/${pid}/status`, "utf8").match(new RegExp(`^${field}:\\s+(\\d+) kB`, "m"));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

function descendants(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // exited meanwhile
    }
  }
  const out: number[] = [];
  for (const queue = [root]; queue.length;) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

/** RSS of every process of the server's tree; the serving one is the largest (next-server). */
export function serverMemory(server: Server) {
  const processes = descendants(server.child.pid!).map((pid) => {
    let name = "";
    try {
      name = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").filter(Boolean).slice(0, 3).join(" ");
    } catch {
      // exited meanwhile
    }
    return { pid, name, rssBytes: statusField(pid, "VmRSS") ?? 0, peakRssBytes: statusField(pid, "VmHWM") ?? 0 };
  });
  const serving = processes.reduce((a, b) => (b.rssBytes > a.rssBytes ? b : a));
  return { serving, processes };
}
