/** The reader's colour choice, remembered in a cookie so the server renders the right theme first. */
export const THEME_COOKIE = "lens-theme";
export const THEMES = ["system", "light", "dark"] as const;
export type Theme = (typeof THEMES)[number];

export function parseTheme(value: string | undefined | null): Theme {
  return value === "light" || value === "dark" ? value : "system";
}

/** `data-theme` on <html>: absent for "system" (the stylesheet then follows prefers-color-scheme). */
export function themeAttribute(theme: Theme): "light" | "dark" | undefined {
  return theme === "system" ? undefined : theme;
}
