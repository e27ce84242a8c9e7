/** A dynamic route segment as text; a malformed escape is kept as it came rather than thrown. */
export function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
