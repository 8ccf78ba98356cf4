import http from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Serves one page to itself on a private port before the server opens its real one: the first request
 * builds the catalogue index (at 100,000 initiatives ~15 s), loads Next's page modules and fills the
 * caches, and no visitor should wait for that (nor a load balancer send one to an instance not ready).
 * A failure or a timeout is logged; the server then opens anyway, and the next request tries again.
 */
export async function warmUp(server: http.Server, path: string, timeoutMs = 180_000): Promise<void> {
  const started = performance.now();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const status = await new Promise<number>((resolve, reject) => {
      const request = http.get({ host: "127.0.0.1", port, path, agent: false, timeout: timeoutMs }, (response) => {
        response.resume();
        response.on("end", () => resolve(response.statusCode ?? 0));
      });
      request.on("timeout", () => request.destroy(new Error(`no answer within ${timeoutMs / 1000} s`)));
      request.on("error", reject);
    });
    console.log(`warm-up: ${path} answered ${status} in ${Math.round(performance.now() - started)} ms`);
  } catch (error) {
    console.error(`warm-up: ${path} failed:`, error);
  }
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}
