"use client";

import { useEffect, useRef, useTransition, type ComponentProps, type FormEvent } from "react";
import { useRouter } from "next/navigation";
import { previewText, type PreviewTexts } from "@/lib/catalogue/preview-text";

type Props = Omit<ComponentProps<"form">, "method" | "onSubmit" | "onChange"> & { action: string; locale: string; previewTexts: PreviewTexts };

/** The form's filled-in fields as a query string (a ticked checkbox repeats its name). */
function formParams(form: HTMLFormElement) {
  const params = new URLSearchParams();
  for (const [key, raw] of new FormData(form).entries()) if (typeof raw === "string" && raw.trim() !== "") params.append(key, raw.trim());
  return params;
}

/**
 * The filters form works as a plain GET form; with JavaScript it applies each change without a full
 * page reload and, while the user types, shows how many results the query would give (public API).
 * Texts arrive from the server as props: no message runtime or validation library ships to the browser.
 */
export function EnhancedSearchForm({ action, locale, previewTexts, children, ...rest }: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const formRef = useRef<HTMLFormElement>(null);
  const previewTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Only the newest preview may write the count: an older, slower reply is aborted or ignored.
  const previewRequest = useRef<AbortController | null>(null);

  const cancelPreview = () => {
    if (previewTimer.current) clearTimeout(previewTimer.current);
    previewRequest.current?.abort();
    previewRequest.current = null;
  };

  const apply = () => {
    cancelPreview();
    if (!formRef.current) return;
    const params = formParams(formRef.current);
    refocus.current = document.activeElement?.id || null;
    // `action` is already the localised catalogue path (/fr/initiatives).
    startTransition(() => router.push(params.size ? `${action}?${params}` : action, { scroll: false }));
  };

  const preview = () => {
    cancelPreview();
    previewTimer.current = setTimeout(async () => {
      const form = formRef.current;
      if (!form) return;
      const params = formParams(form);
      params.delete("sort");
      params.set("pageSize", "1");
      const request = new AbortController();
      previewRequest.current = request;
      const response = await fetch(`/api/v1/initiatives?${params}`, { headers: { accept: "application/json" }, signal: request.signal }).catch(() => null);
      const body = response?.ok ? ((await response.json().catch(() => null)) as { total: number } | null) : null;
      if (!body || previewRequest.current !== request) return;
      const live = form.querySelector("[data-live-count]");
      if (live) live.textContent = previewText(previewTexts, locale, body.total);
    }, 300);
  };

  useEffect(() => cancelPreview, []);

  // On a wide screen there is room beside the results, so the filters start open there.
  useEffect(() => {
    const details = formRef.current?.querySelector<HTMLDetailsElement>("details[data-filters]");
    if (details && window.matchMedia("(min-width: 64rem)").matches) details.open = true;
  }, []);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    apply();
  };
  // The new page's facet markup replaces the old, and with it the checkbox that had the focus: give the
  // focus back to its successor (same id), so that a keyboard user stays where they were.
  const refocus = useRef<string | null>(null);
  useEffect(() => {
    if (pending || !refocus.current) return;
    const active = document.activeElement;
    if (!active || active === document.body) document.getElementById(refocus.current)?.focus();
    refocus.current = null;
  }, [pending]);

  const latest = useRef({ apply, preview });
  useEffect(() => {
    latest.current = { apply, preview };
  });

  // Native listeners, not React's onChange: the facet options are plain server markup that React does
  // not hydrate (facet-checkboxes.tsx), and React reports changes only for inputs it manages.
  useEffect(() => {
    const form = formRef.current;
    if (!form) return;
    const choice = (target: EventTarget | null) => {
      const field = target as HTMLInputElement | HTMLSelectElement;
      return field.tagName === "SELECT" || field.type === "checkbox" || field.type === "radio";
    };
    const onChange = (event: Event) => {
      if (choice(event.target)) latest.current.apply();
    };
    const onInput = (event: Event) => {
      if (!choice(event.target)) latest.current.preview();
    };
    form.addEventListener("change", onChange);
    form.addEventListener("input", onInput);
    return () => {
      form.removeEventListener("change", onChange);
      form.removeEventListener("input", onInput);
    };
  }, []);

  return (
    <form ref={formRef} method="get" action={action} role="search" onSubmit={onSubmit} aria-busy={pending} {...rest}>
      {children}
    </form>
  );
}
