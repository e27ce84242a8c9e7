import "server-only";
import { authSettings, intercomSettings } from "../env";
import { revocationList } from "./revocation";
import { cookieOptions, markSeen, openSession, readCookie, sealSession, sessionCookieName, setCookieHeader } from "./session";

/**
 * The idle timeout counts from the last request: a session in use gets its cookie rewritten with a
 * fresh `seenAt` (at most once a minute), never past its absolute expiry. Returns the Set-Cookie
 * value, or null when nothing needs rewriting. Deciding who gets in stays with guard.ts.
 */
export async function seenSessionCookie(cookieHeader: string | null, now = Date.now()): Promise<string | null> {
  if (!cookieHeader || intercomSettings().mode === "demo") return null;
  const settings = authSettings();
  if (settings.kind !== "signin") return null;
  const name = sessionCookieName(settings.secureCookies);
  const session = await openSession(readCookie(cookieHeader, name), settings, now);
  const seen = session && markSeen(session, now);
  if (!seen || (await revocationList().isRevoked(seen.sid))) return null;
  const remaining = seen.expiresAt - Math.floor(now / 1000);
  return setCookieHeader(name, await sealSession(seen, settings), cookieOptions(settings.secureCookies, remaining));
}
