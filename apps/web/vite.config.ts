import { paraglideVitePlugin } from "@inlang/paraglide-js";
import adapter from "@sveltejs/adapter-node";
import { sveltekit } from "@sveltejs/kit/vite";
import { defineConfig } from "vite";

import { paraglideOptions } from "./paraglide-options.ts";
import { cspDirectives } from "./src/lib/security-headers.server.ts";

export default defineConfig({
  // Kit resolves src/, routes and .svelte-kit from the Vite root; pin it so Vitest started
  // from the repository root finds this app.
  root: import.meta.dirname,
  plugins: [
    paraglideVitePlugin(paraglideOptions),
    sveltekit({ adapter: adapter(), csp: { mode: "auto", directives: cspDirectives } }),
  ],
  server: { port: 5173, strictPort: false },
});
