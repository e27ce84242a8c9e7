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

  // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions -- delegation for the placeholder buttons inside
  return <div className={`intercom-html ${className}`} onClick={onClick} dangerouslySetInnerHTML={{ __html: clean }} />;
}
