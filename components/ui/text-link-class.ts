/** The look of an inline link across the site (also for pages that cannot load the localised Link: global-error). */
export const TEXT_LINK_CLASS = "text-brand-700 underline";
