// First-load JavaScript of a page: every <script src> of its HTML, fetched and gzipped (zlib default level).
// A `noModule` script (Next's legacy polyfills) is never fetched by a browser that runs modules, i.e. every
// browser the portal supports: it is reported apart (noModuleGzipBytes) and not counted in the total.
import zlib from "node:zlib";

export async function firstLoadJs(base: string, pagePath: string) {
  const html = await (await fetch(base + pagePath)).text();
  const tags = [...html.matchAll(/<script([^>]*)\ssrc="([^"]+)"([^>]*)>/g)].map((m) => ({
    src: m[2].replace(/&amp;/g, "&"),
    noModule: /\snomodule\b/i.test(m[1] + m[3]),
  }));
  const unique = [...new Map(tags.map((tag) => [tag.src, tag])).values()];
  const files = [];
  for (const { src, noModule } of unique) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    files.push({ src, noModule, bytes: body.length, gzipBytes: zlib.gzipSync(body).length });
  }
  const loaded = files.filter((f) => !f.noModule);
  return {
    page: pagePath,
    files,
    totalBytes: loaded.reduce((sum, f) => sum + f.bytes, 0),
    totalGzipBytes: loaded.reduce((sum, f) => sum + f.gzipBytes, 0),
    noModuleGzipBytes: files.filter((f) => f.noModule).reduce((sum, f) => sum + f.gzipBytes, 0),
  };
}
