/** The look of an inline link across the site (also for markup built as strings: the world map). */
export const TEXT_LINK_CLASS = "text-brand-700 underline";
