// Browser tests use Debian's Chromium (Playwright cannot download its own browser here).
// Installs it with apt when it is missing, so a fresh machine passes with `npm test` alone.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
const sudo = process.getuid && process.getuid() !== 0 ? "sudo " : "";
try {
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: "inherit" });
} catch {
  console.error("Could not install Chromium. Install it yourself (apt-get install -y chromium) or set CHROMIUM_PATH.");
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`Chromium installed but not at ${path}; set CHROMIUM_PATH.`);
  process.exit(1);
}
