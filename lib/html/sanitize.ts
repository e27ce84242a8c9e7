import DOMPurify from "dompurify";

/**
 * The one sanitiser for Intercom HTML (conversation parts, articles, news, notes). Browser-only:
 * DOMPurify needs a DOM. Remote images become "show image" buttons, because an image in a
 * customer's message can be a tracking pixel; links open in a new tab without a referrer.
 */

/**
 * Explicit allow-lists: text formatting, lists, links, tables and images (which become placeholders).
 * Nothing that loads media on its own (video posters, audio, picture sources), no image maps, no
 * forms, and no class, id or style: the page's own utility classes (`fixed inset-0 z-50`) would
 * otherwise let a message cover the whole page with a fake link.
 */
const ALLOWED_TAGS = [
  "p",
  "br",
  "div",
  "span",
  "b",
  "strong",
  "i",
  "em",
  "u",
  "s",
  "strike",
  "del",
  "ins",
  "sub",
  "sup",
  "small",
  "mark",
  "abbr",
  "cite",
  "q",
  "kbd",
  "code",
  "pre",
  "blockquote",
  "hr",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "a",
  "img",
  "figure",
  "figcaption",
  "table",
  "caption",
  "colgroup",
  "col",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
];
const ALLOWED_ATTR = ["href", "title", "alt", "src", "colspan", "rowspan", "scope", "start", "dir"];

let hooked = false;

function installHooks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook("afterSanitizeAttributes", (node) => {
    if (node.tagName === "A") {
      const href = node.getAttribute("href") ?? "";
      if (!/^(https?:|mailto:|tel:|#)/i.test(href.trim())) node.removeAttribute("href");
      node.setAttribute("target", "_blank");
      node.setAttribute("rel", "noopener noreferrer");
    }
    if (node.tagName === "IMG") {
      const src = node.getAttribute("src") ?? "";
      if (/^https?:\/\//i.test(src)) {
        node.setAttribute("data-remote-src", src);
        node.removeAttribute("src");
      } else if (!/^data:image\/(png|gif|jpeg|webp);/i.test(src)) {
        node.removeAttribute("src");
      }
    }
  });
}

const cache = new Map<string, string>();
const CACHE_LIMIT = 2_000;

/** Sanitised HTML with remote images held back as placeholders. Memoised: each body is cleaned once. */
export function sanitizeIntercomHtml(html: string | null | undefined): string {
  if (!html) return "";
  const hit = cache.get(html);
  if (hit !== undefined) return hit;
  if (typeof window === "undefined" || !DOMPurify.isSupported) return "";
  installHooks();
  const fragment = DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    RETURN_DOM_FRAGMENT: true,
  }) as DocumentFragment;
  for (const img of Array.from(fragment.querySelectorAll("img[data-remote-src]"))) {
    const src = img.getAttribute("data-remote-src") ?? "";
    const button = document.createElement("button");
    button.type = "button";
    button.className = "lens-remote-image";
    button.setAttribute("data-remote-src", src);
    button.textContent = `Show image from ${hostOf(src)}`;
    img.replaceWith(button);
  }
  const holder = document.createElement("div");
  holder.appendChild(fragment);
  const clean = holder.innerHTML;
  if (cache.size >= CACHE_LIMIT) cache.delete(cache.keys().next().value as string);
  cache.set(html, clean);
  return clean;
}

/** Plain text of an HTML body, for previews and transcripts. Never executes or loads anything. */
export function htmlToText(html: string | null | undefined): string {
  if (!html) return "";
  if (typeof DOMParser !== "undefined") {
    const doc = new DOMParser().parseFromString(html.replace(/<(br|\/p|\/div|\/li|\/h\d)\s*\/?>/gi, "$& "), "text/html");
    return (doc.body.textContent ?? "").replace(/\s+/g, " ").trim();
  }
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return "another site";
  }
}

/** Whether a held-back image URL may be shown once the reader asks (http/https only). */
export function isShowableImage(url: string): boolean {
  return /^https?:\/\//i.test(url);
}
