import { defineConfig } from "vitest/config";
import path from "node:path";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(__dirname, "."), "server-only": path.resolve(__dirname, "lib/testing/server-only-stub.ts") } },
  test: {
    include: ["lib/**/*.test.ts", "lib/**/*.test.tsx", "components/**/*.test.tsx", "components/**/*.test.ts", "app/**/*.test.ts", "scripts/**/*.test.ts", "bench/**/*.test.ts"],
    exclude: ["e2e/**", "node_modules/**"],
    passWithNoTests: false,
    environment: "node",
    globalSetup: ["lib/testing/global-setup.ts"],
    testTimeout: 20_000,
  },
});
