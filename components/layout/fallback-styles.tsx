/**
 * The look of the two pages outside the [locale] layout (app/not-found.tsx, app/global-error.tsx), which
 * do not import the site's stylesheet: with `inlineCss`, each page that imports it outside that layout put
 * one more copy of the whole stylesheet into every page's RSC payload (four copies in all, 27 kB each,
 * ~55 kB of HTML and 5 ms of rendering per page more than the two `inlineCss` needs).
 */
const FALLBACK_CSS = [
  "body{margin:0;padding:2rem;background:#fff;color:#0f172a;line-height:1.5;font-family:system-ui,-apple-system,'Segoe UI','Noto Sans','Noto Sans CJK JP',sans-serif}",
  "main{max-width:48rem;margin:0 auto;overflow-wrap:break-word}",
  "h1{margin:0;font-size:1.875rem;font-weight:700}",
  "p{margin:1rem 0 0}",
  "a{color:#0b4f6c;text-decoration:underline}",
  "button{margin-right:1rem;padding:.5rem 1rem;border:0;border-radius:.25rem;background:#0b4f6c;color:#fff;font:inherit;font-weight:600}",
  ":focus-visible{outline:3px solid #b45309;outline-offset:2px}",
].join("");

export function FallbackStyles() {
  return <style>{FALLBACK_CSS}</style>;
}
