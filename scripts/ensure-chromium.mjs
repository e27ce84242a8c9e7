// Browser tests use Debian's Chromium (Playwright cannot download its own browser here).
// Installs it with apt when it is missing, so a fresh machine passes with `npm test` alone.
// Never waits on a prompt: `sudo -n` fails instead of asking for a password, apt runs
// non-interactively, and stdin is closed so nothing can read from the terminal.
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";

const path = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
if (existsSync(path)) process.exit(0);

console.log(`Chromium not found at ${path}; installing Debian's chromium package…`);
const asRoot = !process.getuid || process.getuid() === 0;
const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
const run = (args) => {
  const [command, ...rest] = asRoot ? args : ["sudo", "-n", "--preserve-env=DEBIAN_FRONTEND", ...args];
  execFileSync(command, rest, { stdio: ["ignore", "inherit", "inherit"], env, timeout: 15 * 60_000 });
};
try {
  run(["apt-get", "update", "-qq"]);
  run(["apt-get", "install", "-y", "-qq", "chromium"]);
} catch {
  console.error(
    `Could not install Chromium${asRoot ? "" : " (sudo needs a password or is missing; this script never prompts)"}. Install it yourself (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`Chromium installed but not at ${path}; set CHROMIUM_PATH.`);
  process.exit(1);
}
