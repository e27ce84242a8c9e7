// Runs once when the Lens server starts.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { stampClientAddresses } = await import("./lib/server/client-address");
  stampClientAddresses();
  const { logAuthPosture } = await import("./lib/server/auth/startup");
  logAuthPosture();
  const { installRawPathCheck } = await import("./lib/server/raw-path");
  installRawPathCheck();
}
