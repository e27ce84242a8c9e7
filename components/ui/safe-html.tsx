"use client";

import { useMemo, type MouseEvent } from "react";
import { isShowableImage, sanitizeIntercomHtml } from "@/lib/html/sanitize";

/**
 * Renders Intercom HTML through the shared sanitiser. Held-back remote images load only when the
 * reader clicks their placeholder.
 */
export function SafeHtml({ html, className = "" }: { html: string | null | undefined; className?: string }) {
  const clean = useMemo(() => sanitizeIntercomHtml(html), [html]);

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
