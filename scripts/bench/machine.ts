// The machine and database a benchmark ran on.
import fs from "node:fs";
import os from "node:os";

export function machineInfo(dbFile: string) {
  const cpuinfo = fs.existsSync("/proc/cpuinfo") ? fs.readFileSync("/proc/cpuinfo", "utf8") : "";
  const model = cpuinfo.match(/^model name\s*:\s*(.+)$/m)?.[1] ?? os.cpus()[0]?.model ?? "unknown";
  const size = (file: string) => (fs.existsSync(file) ? fs.statSync(file).size : 0);
  return {
    cores: os.cpus().length,
    cpuModel: model,
    ramBytes: os.totalmem(),
    loadAverage: os.loadavg(),
    node: process.version,
    platform: `${os.type()} ${os.release()}`,
    dbFile,
    dbBytes: size(dbFile) + size(`${dbFile}-wal`),
  };
}
