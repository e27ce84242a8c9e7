"use client";

import { usePathname } from "next/navigation";
import { useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Sidebar } from "./sidebar";

/**
 * Below the md breakpoint the sidebar is hidden; this menu button opens it as a modal drawer. The
 * native <dialog> gives focus containment and Escape; choosing a page closes it.
 */
export function MobileNav() {
  const dialog = useRef<HTMLDialogElement>(null);
  const pathname = usePathname();
  useEffect(() => {
    dialog.current?.close();
  }, [pathname]);
  return (
    <>
      <Button variant="ghost" size="sm" className="md:hidden" aria-label="Open navigation" aria-haspopup="dialog" onClick={() => dialog.current?.showModal()} data-testid="menu-button">
        <svg aria-hidden viewBox="0 0 20 20" className="h-5 w-5" fill="none" stroke="currentColor" strokeWidth="1.8">
          <path d="M3 5h14M3 10h14M3 15h14" />
        </svg>
      </Button>
      <dialog
        ref={dialog}
        aria-label="Navigation"
        className="m-0 h-dvh max-h-none w-72 max-w-[85vw] border-r border-border bg-sidebar p-0 text-foreground backdrop:bg-black/40"
        onClick={(e) => {
          if (e.target === e.currentTarget) e.currentTarget.close();
        }}
      >
        <div className="flex items-center justify-between border-b border-border px-4 py-3">
          <span className="font-semibold">Lens</span>
          <Button variant="ghost" size="sm" onClick={() => dialog.current?.close()}>
            Close
          </Button>
        </div>
        <Sidebar />
      </dialog>
    </>
  );
}
