import "./globals.css";

// Requests outside any locale (e.g. /xx/unknown) end here; the proxy sends everything else to a locale.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-2xl font-bold">404 — Page not found</h1>
          <p className="mt-4">
            <a className="text-brand-700 underline" href="/en">English</a> · <a className="text-brand-700 underline" href="/fr" lang="fr">Français</a> ·{" "}
            <a className="text-brand-700 underline" href="/ja" lang="ja">日本語</a>
          </p>
        </main>
      </body>
    </html>
  );
}
