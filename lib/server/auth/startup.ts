import "server-only";
import { authSettings, intercomSettings } from "../env";

/** One line at start-up that says how Lens decides who gets in, loud when nobody is checked. */
export function logAuthPosture(): void {
  if (intercomSettings().mode === "demo") return;
  const settings = authSettings();
  if (settings.kind === "none") {
    console.warn(
      JSON.stringify({
        level: "warn",
        msg: "LENS_AUTH=none: sign-in is off. Anyone who can reach Lens sees the live Intercom workspace; keep it behind an identity-aware proxy that only lets your team through.",
      }),
    );
  } else if (settings.kind === "unconfigured") {
    console.error(JSON.stringify({ level: "error", msg: "Live mode without sign-in: Lens serves no data until these are set.", missing: settings.problems }));
  } else {
    const providers = [settings.oidc && `oidc (${settings.oidc.issuer.origin})`, settings.intercom && "intercom"].filter(Boolean);
    console.info(JSON.stringify({ level: "info", msg: "sign-in required", providers, allowedEmails: settings.allowedEmails.length, allowedDomains: settings.allowedDomains }));
  }
}
