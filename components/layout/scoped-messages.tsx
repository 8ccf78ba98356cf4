import type { ReactNode } from "react";
import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

type Namespace = keyof Awaited<ReturnType<typeof getMessages>>;

/** Gives the client components below it the message namespaces they use (public pages get only a few). */
export async function ScopedMessages({ namespaces, children }: { namespaces: readonly Namespace[]; children: ReactNode }) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((namespace) => [namespace, messages[namespace]]))}>{children}</NextIntlClientProvider>
  );
}
