import "server-only";

/** Who may enter: an exact email on LENS_ALLOWED_EMAILS, or any email at a domain on LENS_ALLOWED_DOMAINS. */

export interface AllowList {
  allowedEmails: string[];
  allowedDomains: string[];
}

// Deliberately narrow: one @, no spaces, no quoting tricks that make "domain" ambiguous.
const EMAIL = /^[^\s@"<>()[\]\\,;:]+@([a-z0-9-]+(?:\.[a-z0-9-]+)+)$/;

export function normaliseEmail(email: unknown): string | null {
  if (typeof email !== "string") return null;
  const e = email.trim().toLowerCase();
  return EMAIL.test(e) && e.length <= 320 ? e : null;
}

/** True when the (already verified) email may use Lens. An empty list lets nobody in. */
export function isAllowed(email: string, list: AllowList): boolean {
  const e = normaliseEmail(email);
  if (!e) return false;
  if (list.allowedEmails.includes(e)) return true;
  const domain = EMAIL.exec(e)?.[1];
  return domain !== undefined && list.allowedDomains.includes(domain);
}
