import "server-only";

/** What a provider vouches for after a successful sign-in, or why Lens refused it (with the email when one was given, for the audit log). */
export type Identity = { ok: true; email: string; name: string | null } | { ok: false; reason: SignInRefusal; email?: string };

export type SignInRefusal =
  "state_mismatch" | "expired_attempt" | "provider_error" | "provider_unreachable" | "email_missing" | "email_unverified" | "not_allowed" | "wrong_workspace" | "not_workspace_account";

/** Messages shown on /login?error=…: say what happened without echoing anything the provider sent. */
export const REFUSAL_MESSAGES: Record<SignInRefusal, string> = {
  state_mismatch: "That sign-in link was not started here or was already used. Please sign in again.",
  expired_attempt: "The sign-in took too long. Please sign in again.",
  provider_error: "The identity provider did not complete the sign-in. Please try again.",
  provider_unreachable: "Lens could not reach the identity provider to start the sign-in. Please try again in a minute; if it keeps failing, ask your Lens administrator to check LENS_OIDC_ISSUER.",
  email_missing: "Your identity provider did not share an email address, so Lens cannot tell who you are.",
  email_unverified: "Your email address is not verified with the identity provider, so Lens cannot accept it.",
  not_allowed: "Your account is not on Lens's list of people allowed in. Ask your Lens administrator to add you.",
  wrong_workspace: "That Intercom account belongs to a different workspace than the one Lens reads.",
  not_workspace_account: "Sign in with your organisation's Google Workspace account: a personal Google account that uses a work address does not count.",
};

export function isRefusal(value: string | null): value is SignInRefusal {
  return value !== null && Object.hasOwn(REFUSAL_MESSAGES, value);
}
