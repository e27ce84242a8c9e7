/**
 * Runs the unit suite on Node 22 and 24 (Node 20, this machine's, reached end of life in April
 * 2026). The binaries come from the npm registry's node-<platform>-<arch> packages, installed once
 * into node_modules/.cache/lens-node/<major> with npm: no other download.
 *   node scripts/test-node-versions.mjs [vitest filters…]
 */
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const MAJORS = ["22", "24"];
const root = fileURLToPath(new URL("..", import.meta.url));
const pkg = `node-${process.platform}-${process.arch}`;
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

function nodeBinary(major) {
  const prefix = path.join(root, "node_modules/.cache/lens-node", major);
  const binary = path.join(prefix, "node_modules", pkg, "bin/node");
  if (!existsSync(binary)) {
    console.log(`Installing ${pkg}@${major} into ${path.relative(root, prefix)}`);
    execFileSync(npm, ["install", "--prefix", prefix, "--no-save", "--no-audit", "--no-fund", "--no-package-lock", `${pkg}@${major}`], { stdio: "inherit" });
  }
  return binary;
}

let failed = false;
for (const major of MAJORS) {
  const node = nodeBinary(major);
  const version = execFileSync(node, ["--version"]).toString().trim();
  console.log(`\n── unit tests on Node ${version} ──`);
  // Child processes the tests start (tsx, redis helpers) find this node first on PATH.
  const env = { ...process.env, PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH}` };
  const run = spawnSync(node, [path.join(root, "node_modules/vitest/vitest.mjs"), "run", ...process.argv.slice(2)], { cwd: root, env, stdio: "inherit" });
  if (run.status !== 0) {
    console.error(`Unit tests failed on Node ${version}.`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
