"use client";

import { useMemo, useSyncExternalStore, type MouseEvent } from "react";
import { isShowableImage, sanitizeIntercomHtml } from "@/lib/html/sanitize";

/**
 * Renders Intercom HTML through the shared sanitiser. Held-back remote images load only when the
 * reader clicks their placeholder.
 */
const noSubscription = () => () => {};

export function SafeHtml({ html, className = "" }: { html: string | null | undefined; className?: string }) {
  // The sanitiser needs the browser's DOM: server-rendered pages (which now arrive with their data)
  // fill the body in right after hydration instead of shipping an empty one React would keep.
  const inBrowser = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const clean = useMemo(() => (inBrowser ? sanitizeIntercomHtml(html) : ""), [html, inBrowser]);

  function onClick(event: MouseEvent<HTMLDivElement>) {
    const target = event.target as HTMLElement;
    if (!target.matches("button.lens-remote-image")) return;
    const src = target.getAttribute("data-remote-src") ?? "";
    if (!isShowableImage(src)) return;
    const img = document.createElement("img");
    img.src = src;
    img.alt = "Image from the message";
    img.referrerPolicy = "no-referrer";
    target.replaceWith(img);
  }

  // Click delegation: the placeholders inside are real <button>s, so keyboard users reach them too.
  return <div className={`intercom-html ${className}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: clean }} />;
}
