"use client";

import { useEffect, useRef, useTransition, type ComponentProps, type FormEvent } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "@/lib/i18n/navigation";

type Props = Omit<ComponentProps<"form">, "method" | "onSubmit" | "onChange"> & { action: string };

function formQuery(form: HTMLFormElement): Record<string, string> {
  const query: Record<string, string> = {};
  for (const [key, value] of new FormData(form).entries()) {
    if (typeof value === "string" && value.trim() !== "") query[key] = value.trim();
  }
  return query;
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

  const apply = () => {
    if (!formRef.current) return;
    const query = formQuery(formRef.current);
    startTransition(() => router.push({ pathname: "/initiatives", query }, { scroll: false }));
  };

  const preview = () => {
    if (previewTimer.current) clearTimeout(previewTimer.current);
    previewTimer.current = setTimeout(async () => {
      const form = formRef.current;
      if (!form) return;
      const params = new URLSearchParams({ ...formQuery(form), pageSize: "1" });
      params.delete("sort");
      const response = await fetch(`/api/v1/initiatives?${params}`, { headers: { accept: "application/json" } }).catch(() => null);
      if (!response?.ok) return;
      const { total } = (await response.json()) as { total: number };
      const live = form.querySelector("[data-live-count]");
      if (live) live.textContent = t("previewCount", { count: total, formatted: format.number(total) });
    }, 300);
  };

  useEffect(() => () => {
    if (previewTimer.current) clearTimeout(previewTimer.current);
  }, []);

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
    if (target.tagName === "SELECT") apply();
    else preview();
  };

  return (
    <form ref={formRef} method="get" action={action} role="search" onSubmit={onSubmit} onChange={onChange} aria-busy={pending} {...rest}>
      {children}
    </form>
  );
}
