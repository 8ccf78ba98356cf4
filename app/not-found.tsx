import "./globals.css";
import { TextAnchor } from "@/components/ui/text-link";

// Requests outside any locale (e.g. /xx/unknown) end here; the proxy sends everything else to a locale.
export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="p-8 font-sans">
        <main>
          <h1 className="text-2xl font-bold">404 — Page not found</h1>
          <p className="mt-4">
            <TextAnchor href="/en">English</TextAnchor> ·{" "}
            <TextAnchor href="/fr" lang="fr">
              Français
            </TextAnchor>{" "}
            ·{" "}
            <TextAnchor href="/ja" lang="ja">
              日本語
            </TextAnchor>
          </p>
        </main>
      </body>
    </html>
  );
}
