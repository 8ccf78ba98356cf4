import { NextResponse } from "next/server";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { localeSchema, type Locale } from "../validations/common";
import { isMessageKey } from "../i18n/message-keys";

export function requestLocale(url: URL, headers: Headers): Locale {
  const fromQuery = localeSchema.safeParse(url.searchParams.get("locale"));
  if (fromQuery.success) return fromQuery.data;
  const accepted = headers.get("accept-language")?.toLowerCase() ?? "";
  const match = accepted.match(/\b(ja|en|fr)\b/);
  return localeSchema.catch("en").parse(match?.[1]);
}

type Issue = { path: string; message: string; code: string };

/** 400 with a localised message and one entry per problem. */
export async function badRequest(locale: Locale, issues: Issue[]) {
  const t = await getTranslations({ locale, namespace: "Validation" });
  return NextResponse.json(
    {
      error: {
        message: t("requestInvalid"),
        issues: issues.map((issue) => ({ ...issue, message: isMessageKey(t, issue.message) ? t(issue.message) : t("invalid") })),
      },
    },
    { status: 400 },
  );
}

export function zodIssues(error: z.ZodError): Issue[] {
  return error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message, code: issue.code }));
}

export async function notFoundJson(locale: Locale) {
  const t = await getTranslations({ locale, namespace: "Validation" });
  return NextResponse.json({ error: { message: t("notFound"), issues: [] } }, { status: 404 });
}
