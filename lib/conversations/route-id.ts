/** A dynamic route segment as text; a malformed escape stays as typed instead of throwing. */
export function routeId(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

/** Intercom's numeric ids (conversations, tickets, ticket types). */
export function isNumericId(id: string): boolean {
  return /^\d{1,19}$/.test(id);
}
