import { createTranslator } from "next-intl";
import ja from "../../messages/ja.json";
import en from "../../messages/en.json";
import fr from "../../messages/fr.json";

const MESSAGES = { ja, en, fr } as const;

/** next-intl/server as route handlers use it, outside Next (Vitest resolves the client build). */
export const intlServerMock = () => ({
  getTranslations: async ({ locale, namespace }: { locale: keyof typeof MESSAGES; namespace?: string }) =>
    createTranslator({ locale, messages: MESSAGES[locale], namespace: namespace as never }),
});
