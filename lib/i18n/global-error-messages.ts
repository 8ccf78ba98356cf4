/**
 * The root error page's texts. global-error replaces the root layout, so no next-intl provider is there,
 * and importing the full catalogues would ship them to every visitor: these few strings are kept apart,
 * and tests/unit/error-pages.test.tsx checks they equal the "Error" namespace of messages/*.json.
 */
export const GLOBAL_ERROR_MESSAGES = {
  ja: {
    title: "エラーが発生しました",
    description: "サーバー側のエラーのため、このページを表示できませんでした。しばらくしてからもう一度お試しください。",
    retry: "再試行",
    home: "トップページ",
  },
  en: {
    title: "Something went wrong",
    description: "This page could not be shown because of an error on our side. Please try again in a moment.",
    retry: "Try again",
    home: "Home page",
  },
  fr: {
    title: "Une erreur s’est produite",
    description: "Cette page n’a pas pu s’afficher à cause d’une erreur de notre côté. Veuillez réessayer dans un instant.",
    retry: "Réessayer",
    home: "Page d’accueil",
  },
} as const;

export type GlobalErrorLocale = keyof typeof GLOBAL_ERROR_MESSAGES;

/** The locale named by a path's first segment (/fr/...), English otherwise. */
export function localeOfPath(pathname: string | null | undefined): GlobalErrorLocale {
  const first = pathname?.split("/")[1];
  return first === "ja" || first === "fr" ? first : "en";
}
