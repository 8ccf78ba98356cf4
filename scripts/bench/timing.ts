// Sequential, high-resolution timing of one URL: warm-up requests, then samples, each with a timeout;
// a case stops early once it has used its time budget (at least one sample is always taken).
export const percentile = (values: number[], p: number) => {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)];
};

export type Sample = { ms: number; status: number | "timeout" | "error"; body?: string };

export async function timeRequest(url: string, timeoutMs: number, keepBody = false): Promise<Sample> {
  const started = performance.now();
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeoutMs), headers: { "accept-language": "en" } });
    const body = await response.text();
    return { ms: performance.now() - started, status: response.status, body: keepBody ? body : undefined };
  } catch (error) {
    const name = (error as Error).name;
    return { ms: performance.now() - started, status: name === "TimeoutError" || name === "AbortError" ? "timeout" : "error" };
  }
}

export async function timeCase(url: string, options: { requests: number; warmup: number; timeoutMs: number; budgetMs: number }) {
  const started = performance.now();
  for (let k = 0; k < options.warmup; k++) {
    const warm = await timeRequest(url, options.timeoutMs);
    if (warm.status === "timeout" || performance.now() - started > options.budgetMs) break;
  }
  const samples: number[] = [];
  const statuses: Record<string, number> = {};
  let last: Sample | null = null;
  let firstBody: string | undefined;
  const sampling = performance.now();
  for (let k = 0; k < options.requests; k++) {
    last = await timeRequest(url, options.timeoutMs, k === 0);
    if (k === 0) firstBody = last.body;
    statuses[last.status] = (statuses[last.status] ?? 0) + 1;
    if (typeof last.status === "number") samples.push(last.ms);
    if (last.status === "timeout" || performance.now() - sampling > options.budgetMs) break;
  }
  return { samples, statuses, p50: percentile(samples, 0.5), p95: percentile(samples, 0.95), firstBody };
}
