// One linter for the whole tree: typescript-eslint with type information for .ts files (floating promises, unused
// code, consistent type imports), eslint-plugin-svelte for components, imports sorted, layout left to Prettier.
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import simpleImportSort from "eslint-plugin-simple-import-sort";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";

export default ts.config(
  {
    ignores: [
      "**/node_modules/",
      "**/build/",
      "**/.svelte-kit/",
      "**/.turbo/",
      ".data/",
      "packages/db/src/generated/",
      "apps/web/src/lib/graphql-env.d.ts",
      "apps/web/src/lib/paraglide/",
      "apps/web/project.inlang/cache/",
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    plugins: { "simple-import-sort": simpleImportSort },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "simple-import-sort/imports": "error",
      "simple-import-sort/exports": "error",
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrorsIgnorePattern: "^_" },
      ],
      // Input validation refuses control characters on purpose.
      "no-control-regex": "off",
      // No `paths.base` is configured: root-relative links are the app's real addresses.
      "svelte/no-navigation-without-resolve": "off",
      // `{" · "}` keeps spaces that Svelte would trim at the edge of a block: a string mustache is meaningful.
      "svelte/no-useless-mustaches": "off",
    },
  },
  {
    files: ["**/*.ts"],
    ignores: ["eslint.config.js"],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": ["error", { checksVoidReturn: { arguments: false } }],
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: [".svelte"] } },
  },
  {
    // Tests read GraphQL answers as untyped JSON (the harness's `data` is loosely typed on purpose); the app code
    // itself stays free of `any`.
    files: ["**/*.test.ts", "**/tests/**", "apps/api/test/**", "apps/web/e2e/**", "apps/web/testing/**"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  prettier,
  ...svelte.configs.prettier,
);
