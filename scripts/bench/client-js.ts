// First-load JavaScript of a page: every <script src> of its HTML, fetched and gzipped (zlib default level).
import zlib from "node:zlib";

export async function firstLoadJs(base: string, pagePath: string) {
  const html = await (await fetch(base + pagePath)).text();
  const sources = [...new Set([...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, "&")))];
  const files = [];
  for (const src of sources) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    files.push({ src, bytes: body.length, gzipBytes: zlib.gzipSync(body).length });
  }
  return {
    page: pagePath,
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
