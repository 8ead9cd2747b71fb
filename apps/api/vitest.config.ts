import { singleGraphql } from "@desa-migran/vitest-config";
import { defineProject } from "vitest/config";

export default defineProject({
  resolve: { alias: singleGraphql },
  test: {
    name: "api",
    root: import.meta.dirname,
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Each test file migrates (and often seeds) a fresh database.
    hookTimeout: 120_000,
    testTimeout: 60_000,
  },
});
