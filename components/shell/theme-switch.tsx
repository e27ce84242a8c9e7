"use client";

import { useState } from "react";
import { Select } from "@/components/ui/field";
import { parseTheme, THEME_COOKIE, themeAttribute, type Theme } from "@/lib/theme/theme";

const LABELS: Record<Theme, string> = { system: "System theme", light: "Light", dark: "Dark" };
const YEAR = 60 * 60 * 24 * 365;

/** Light, dark or the system's; remembered in a cookie the layout reads, so reloads paint right away. */
export function ThemeSwitch({ initial }: { initial: Theme }) {
  const [theme, setTheme] = useState(initial);
  function choose(next: Theme) {
    setTheme(next);
    document.cookie = `${THEME_COOKIE}=${next}; path=/; max-age=${YEAR}; samesite=lax`;
    const attr = themeAttribute(next);
    if (attr) document.documentElement.dataset.theme = attr;
    else delete document.documentElement.dataset.theme;
  }
  return (
    <Select aria-label="Colour theme" value={theme} onChange={(e) => choose(parseTheme(e.target.value))} className="py-1 text-xs" data-testid="theme-switch">
      {(Object.keys(LABELS) as Theme[]).map((t) => (
        <option key={t} value={t}>
          {LABELS[t]}
        </option>
      ))}
    </Select>
  );
}
