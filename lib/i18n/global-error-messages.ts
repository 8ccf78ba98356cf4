/**
 * The error pages' texts. global-error replaces the root layout, and public pages have no next-intl client
 * provider (it would ship the ICU runtime to every visitor); importing the full catalogues would ship them
 * all: these few strings are kept apart, and tests/unit/error-pages.test.tsx checks they equal the "Error"
 * namespace of messages/*.json.
 */
export const GLOBAL_ERROR_MESSAGES = {
  ja: {
    title: "エラーが発生しました",
    description: "サーバー側のエラーのため、このページを表示できませんでした。しばらくしてからもう一度お試しください。",
    retry: "再試行",
    home: "トップページ",
    reference: "エラー参照番号：{digest}",
  },
  en: {
    title: "Something went wrong",
    description: "This page could not be shown because of an error on our side. Please try again in a moment.",
    retry: "Try again",
    home: "Home page",
    reference: "Error reference: {digest}",
  },
  fr: {
    title: "Une erreur s’est produite",
    description: "Cette page n’a pas pu s’afficher à cause d’une erreur de notre côté. Veuillez réessayer dans un instant.",
    retry: "Réessayer",
    home: "Page d’accueil",
    reference: "Référence de l’erreur : {digest}",
  },
} as const;

export type GlobalErrorLocale = keyof typeof GLOBAL_ERROR_MESSAGES;

/** The locale named by a path's first segment (/fr/...), English otherwise. */
export function localeOfPath(pathname: string | null | undefined): GlobalErrorLocale {
  const first = pathname?.split("/")[1];
  return first === "ja" || first === "fr" ? first : "en";
}
