/** Id shapes checked before any call, so a malformed id is "not found" without asking Intercom. */
export const HEX_ID = /^[0-9a-f]{24}$/;
export const INT_ID = /^[0-9]{1,19}$/;

export function decodeParam(raw: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
