import Link from "next/link";
import { CommandPalette } from "@/components/palette/command-palette";
import { WorkspaceName } from "./workspace-name";

export function AppHeader({ mode }: { mode: "demo" | "live" }) {
  return (
    <header className="sticky top-0 z-20 flex h-14 items-center gap-3 border-b border-slate-200 bg-white/90 px-5 backdrop-blur">
      <Link href="/" className="mr-2 flex items-center gap-2 font-semibold tracking-tight text-slate-900">
        <span aria-hidden className="grid h-7 w-7 place-items-center rounded-lg bg-brand-600 text-sm text-white">L</span>
        Lens
      </Link>
      <span className="text-slate-300" aria-hidden>
        /
      </span>
      <WorkspaceName />
      {mode === "demo" && (
        <span className="rounded-full border border-amber-300 bg-amber-50 px-2.5 py-0.5 text-xs font-medium text-amber-800" data-testid="demo-badge" title="No Intercom token is set: Lens is showing a built-in fake workspace.">
          Demo workspace
        </span>
      )}
      <div className="ml-auto flex items-center gap-3 text-xs text-slate-500">
        <CommandPalette />
        <span className="hidden sm:inline">Read-only</span>
      </div>
    </header>
  );
}
