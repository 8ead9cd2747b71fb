import type { CompilerOptions } from "@inlang/paraglide-js";

/**
 * Paraglide compiler options shared by the Vite plugin (dev, build, tests) and
 * `npm run i18n:compile` (typecheck), so both emit the same runtime.
 * Paths are absolute because Vitest may run from the repository root.
 */
export const paraglideOptions = {
  project: `${import.meta.dirname}/project.inlang`,
  outdir: `${import.meta.dirname}/src/lib/paraglide`,
  // Bahasa Indonesia unless the visitor picked English with the language switch. No
  // Accept-Language detection: a phone set to English should not hide Bahasa Indonesia
  // from a first-time visitor in a village.
  strategy: ["cookie", "baseLocale"],
  cookieName: "locale",
  // Lets Vite drop the server-only half of the runtime from client chunks.
  isServer: "import.meta.env.SSR",
  emitReadme: false,
} satisfies CompilerOptions;
