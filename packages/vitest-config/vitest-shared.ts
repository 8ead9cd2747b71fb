import { createRequire } from "node:module";

/**
 * graphql ships CommonJS (main) and ESM (module) builds. Node loads the CommonJS one for external packages
 * (Yoga, Pothos), while Vite would give our sources the ESM one: two "graphql" realms, and instanceof checks fail.
 * Pointing our sources at the same CommonJS entry keeps one copy, as in production.
 */
export const singleGraphql = [{ find: /^graphql$/, replacement: createRequire(import.meta.url).resolve("graphql") }];
