/** The one focus style: a ring in the theme's `--ring` colour, shown for keyboard focus only. */
export const FOCUS_RING = "outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-1 focus-visible:ring-offset-background";
