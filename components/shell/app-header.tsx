import Link from "next/link";
import type { ReactNode } from "react";
import type { Viewer } from "@/lib/server/auth/guard";
import type { Theme } from "@/lib/theme/theme";
import { MobileNav } from "./mobile-nav";
import { ThemeSwitch } from "./theme-switch";
import { WorkspaceName } from "./workspace-name";

/** The top bar; the layout hands in the command palette (its own area). */
export function AppHeader({ mode, viewer, theme, palette }: { mode: "demo" | "live"; viewer: Viewer; theme: Theme; palette: ReactNode }) {
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center gap-2 border-b border-border bg-card/90 px-3 backdrop-blur sm:gap-3 sm:px-5">
      <MobileNav />
      <Link href="/" className="flex shrink-0 items-center gap-2 rounded font-semibold tracking-tight text-foreground outline-none focus-visible:ring-2 focus-visible:ring-ring sm:mr-2">
        <span aria-hidden className="grid h-7 w-7 place-items-center rounded-lg bg-brand-600 text-sm text-white">
          L
        </span>
        Lens
      </Link>
      <span className="hidden text-slate-300 sm:inline" aria-hidden>
        /
      </span>
      <span className="hidden min-w-0 truncate sm:inline">
        <WorkspaceName />
      </span>
      {mode === "demo" && (
        <span
          className="hidden rounded-full border border-amber-300 bg-amber-50 px-2.5 sm:inline py-0.5 text-xs font-medium text-amber-800"
          data-testid="demo-badge"
          title="No Intercom token is set: Lens is showing a built-in fake workspace."
        >
          Demo workspace
        </span>
      )}
      <div className="ml-auto flex min-w-0 items-center gap-2 text-xs text-slate-500 sm:gap-3">
        {palette}
        <ThemeSwitch initial={theme} />
        {viewer.via === "open" && (
          <span
            className="rounded-full border border-slate-200 bg-slate-50 px-2.5 py-0.5 text-slate-600"
            data-testid="auth-off-banner"
            title="LENS_AUTH=none: Lens does not ask anyone to sign in. Whoever reaches this address sees the workspace, so keep it behind your identity-aware proxy."
          >
            Sign-in off
          </span>
        )}
        <span className="hidden sm:inline">Read-only</span>
        {viewer.via === "session" && (
          <>
            <span className="hidden max-w-[16rem] truncate text-slate-700 md:inline" data-testid="signed-in-as" title={viewer.email ?? undefined}>
              {viewer.name ?? viewer.email}
            </span>
            <form action="/api/auth/logout" method="post">
              <button type="submit" className="rounded-md border border-slate-200 px-2.5 py-1 font-medium text-slate-700 hover:bg-slate-50">
                Sign out
              </button>
            </form>
          </>
        )}
      </div>
    </header>
  );
}
