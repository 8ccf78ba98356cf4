import { FallbackStyles } from "@/components/layout/fallback-styles";

// Requests outside any locale (e.g. /xx/unknown) end here; the proxy sends everything else to a locale.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <head>
        <FallbackStyles />
      </head>
      <body>
        <main>
          <h1>404 — Page not found</h1>
          <p>
            <a href="/en">English</a> ·{" "}
            <a href="/fr" lang="fr">
              Français
            </a>{" "}
            ·{" "}
            <a href="/ja" lang="ja">
              日本語
            </a>
          </p>
        </main>
      </body>
    </html>
  );
}
