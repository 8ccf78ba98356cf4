"use client";

import { useEffect, useRef, useTransition, type ComponentProps, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";

type Props = Omit<ComponentProps<"form">, "method" | "onSubmit" | "onChange"> & { action: string };

/** The form's values as a query: a repeated field (ticked checkboxes) becomes a list. */
function formQuery(form: HTMLFormElement): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, raw] of new FormData(form).entries()) {
    if (typeof raw !== "string" || raw.trim() === "") continue;
    const value = raw.trim();
    const existing = query[key];
    query[key] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

function toSearchParams(query: Record<string, string | string[]>) {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  return params;
}

/**
 * The filters form works as a plain GET form; with JavaScript it applies each change without a full
 * page reload and, while the user types, shows how many results the query would give (public API).
 */
export function EnhancedSearchForm({ action, children, ...rest }: Props) {
  const router = useRouter();
  const t = useTranslations("Catalogue");
  const format = useFormatter();
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
    const query = formQuery(formRef.current);
    startTransition(() => router.push({ pathname: "/initiatives", query }, { scroll: false }));
  };

  const preview = () => {
    cancelPreview();
    previewTimer.current = setTimeout(async () => {
      const form = formRef.current;
      if (!form) return;
      const params = toSearchParams({ ...formQuery(form), pageSize: "1" });
      params.delete("sort");
      const request = new AbortController();
      previewRequest.current = request;
      const response = await fetch(`/api/v1/initiatives?${params}`, { headers: { accept: "application/json" }, signal: request.signal }).catch(() => null);
      const body = response?.ok ? ((await response.json().catch(() => null)) as { total: number } | null) : null;
      if (!body || previewRequest.current !== request) return;
      const { total } = body;
      const live = form.querySelector("[data-live-count]");
      if (live) live.textContent = t("previewCount", { count: total, formatted: format.number(total) });
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
  const onChange = (event: FormEvent<HTMLFormElement>) => {
    const target = event.target as HTMLInputElement | HTMLSelectElement;
    if (target.tagName === "SELECT" || target.type === "checkbox" || target.type === "radio") apply();
    else preview();
  };

  return (
    <form ref={formRef} method="get" action={action} role="search" onSubmit={onSubmit} onChange={onChange} aria-busy={pending} {...rest}>
      {children}
    </form>
  );
}
