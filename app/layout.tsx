import type { Metadata, Viewport } from "next";
import { cookies } from "next/headers";
import { GeistMono } from "geist/font/mono";
import { GeistSans } from "geist/font/sans";
import { Suspense, type ReactNode } from "react";
import { CommandPalette } from "@/components/palette/command-palette";
import { AppHeader } from "@/components/shell/app-header";
import { Sidebar } from "@/components/shell/sidebar";
import { currentViewer } from "@/lib/server/auth/guard";
import { workspaceQueries } from "@/lib/queries/workspace";
import { intercomSettings } from "@/lib/server/env";
import { Prefetched } from "@/lib/server/prefetched";
import { parseTheme, THEME_COOKIE, themeAttribute } from "@/lib/theme/theme";
import { Providers } from "./providers";
import "./globals.css";

// Mode and the session are per request: nothing in Lens is prerendered with data.
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: { default: "Lens", template: "%s · Lens" },
  description: "A read-only view of your Intercom workspace for support leads.",
  referrer: "no-referrer",
  manifest: "/manifest.webmanifest",
  icons: { icon: "/icon.svg", apple: "/apple-touch-icon.png" },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f8fafc" },
    { media: "(prefers-color-scheme: dark)", color: "#0b1120" },
  ],
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const { mode } = intercomSettings();
  const theme = parseTheme((await cookies()).get(THEME_COOKIE)?.value);
  const html = { lang: "en", className: `${GeistSans.variable} ${GeistMono.variable}`, "data-theme": themeAttribute(theme) };
  // Without a viewer (signed out, or sign-in not configured) only the sign-in or setup page renders: no workspace chrome.
  const viewer = await currentViewer();
  if (!viewer) {
    return (
      <html {...html}>
        <body className="min-h-screen font-sans">
          <main className="px-6 py-6">{children}</main>
        </body>
      </html>
    );
  }
  const header = <AppHeader mode={mode} viewer={viewer} theme={theme} palette={<CommandPalette />} />;
  return (
    <html {...html}>
      <body className="min-h-screen font-sans">
        <Providers>
          {/* The header names the workspace: /me streams in beside the page's own data instead of before it. */}
          <Suspense fallback={header}>
            <Prefetched queries={[workspaceQueries.me()]}>{header}</Prefetched>
          </Suspense>
          {/* The aside stretches to the page's full height (its background with it); the nav inside stays in view. */}
          <div className="flex min-h-[calc(100vh-3.5rem)]">
            <aside className="hidden w-56 shrink-0 border-r border-border bg-sidebar md:block">
              <div className="sticky top-14 max-h-[calc(100vh-3.5rem)] overflow-y-auto">
                <Sidebar />
              </div>
            </aside>
            <main className="min-w-0 flex-1 px-4 py-6 sm:px-6 lg:px-8">{children}</main>
          </div>
        </Providers>
      </body>
    </html>
  );
}
