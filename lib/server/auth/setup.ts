import "server-only";
import { authSettings, intercomSettings } from "../env";

/** What is missing for sign-in, or null when nothing is (demo mode, LENS_AUTH=none, or complete). */
export function setupProblems(): string[] | null {
  if (intercomSettings().mode === "demo") return null;
  const settings = authSettings();
  return settings.kind === "unconfigured" ? settings.problems : null;
}
