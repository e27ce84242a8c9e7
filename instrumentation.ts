// Runs once when the Lens server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logAuthPosture } = await import("./lib/server/auth/startup");
  logAuthPosture();
  const { logAlertRules } = await import("./lib/server/alerts/rules-file");
  await logAlertRules();
}
