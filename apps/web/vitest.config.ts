import { singleGraphql } from "@desa-migran/vitest-config";
import { svelteTesting } from "@testing-library/svelte/vite";
import { defineProject, mergeConfig } from "vitest/config";

import viteConfig from "./vite.config.ts";

// Reuses the app's Vite config (Kit + Paraglide plugins) so tests compile components and
// messages exactly as the build does.
export default mergeConfig(
  viteConfig,
  defineProject({
    plugins: [svelteTesting()],
    // The browser tests run the real API in this process.
    resolve: { alias: singleGraphql },
    test: {
      name: "web",
      root: import.meta.dirname,
      include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "e2e/**/*.test.ts"],
      // Component tests opt into jsdom with a `@vitest-environment jsdom` comment.
      environment: "node",
    },
  }),
);
