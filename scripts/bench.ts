// npm run bench [-- http://localhost:3000] - times the main pages and API calls on a running server
// and prints median / p95 latency, HTML size and the JavaScript the catalogue page ships.
const base = process.argv[2] ?? process.env.BENCH_URL ?? "http://localhost:3000";
const runs = Number(process.env.BENCH_RUNS ?? 30);

const targets = [
  "/en",
  "/ja/initiatives",
  "/en/initiatives?q=cyber&sort=relevance",
  `/ja/initiatives?q=${encodeURIComponent("サイバー犯罪")}`,
  "/fr/initiatives?country=TH&theme=cybercrime&from=2010&to=2018",
  "/api/v1/initiatives?q=cert&pageSize=20",
  "/api/v1/initiatives?country=KE&locale=fr",
];

async function time(url: string) {
  const started = performance.now();
  const response = await fetch(url);
  const body = await response.text();
  return { ms: performance.now() - started, bytes: Buffer.byteLength(body), status: response.status, body };
}

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];

async function main() {
  console.log(`base ${base}, ${runs} runs each (after 2 warm-up requests)`);
  for (const path of targets) {
    const url = base + path;
    await time(url);
    await time(url);
    const samples: number[] = [];
    let last = await time(url);
    for (let i = 0; i < runs; i++) {
      last = await time(url);
      samples.push(last.ms);
    }
    console.log(
      `${path.padEnd(64)} status ${last.status}  median ${percentile(samples, 0.5).toFixed(1)} ms  p95 ${percentile(samples, 0.95).toFixed(1)} ms  ${(last.bytes / 1024).toFixed(1)} KiB`,
    );
  }
  const page = await time(`${base}/en/initiatives`);
  const scripts = [...page.body.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]);
  let total = 0;
  for (const src of new Set(scripts)) total += (await time(new URL(src, base).toString())).bytes;
  console.log(`catalogue page JavaScript: ${scripts.length} files, ${(total / 1024).toFixed(1)} KiB uncompressed`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
