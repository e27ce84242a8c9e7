import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import pluginQuery from "@tanstack/eslint-plugin-query";

const config = [
  ...nextVitals,
  ...nextTs,
  ...pluginQuery.configs["flat/recommended"],
  { ignores: [".next/**", "node_modules/**", "next-env.d.ts", "test-results/**", "playwright-report/**"] },
  {
    // The token is read in one server-only module; nothing else touches process.env.INTERCOM_*.
    files: ["app/**/*.tsx", "components/**/*.tsx"],
    rules: {
      "no-restricted-syntax": ["error", { selector: "MemberExpression[object.name='process'][property.name='env']", message: "Read settings through lib/server/env.ts." }],
    },
  },
  {
    // Each area owns its room: components/<area> imports components/ui and lib, never another area (pages compose areas).
    files: ["components/**/*.{ts,tsx}"],
    ignores: ["components/ui/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              regex: "^@/components/(?!ui/)",
              message: "An area imports only components/ui and lib; move shared pieces there or pass them in from the page (app/).",
            },
            { regex: "^\\.\\./", message: "Import across folders by '@/…', so the area rule can see it." },
          ],
        },
      ],
    },
  },
  {
    // The kit is generic: it imports lib, never an area.
    files: ["components/ui/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", { patterns: [{ regex: "^@/components/(?!ui/)", message: "components/ui imports only itself and lib." }] }],
    },
  },
];

export default config;
