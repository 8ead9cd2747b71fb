import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "db",
    include: ["src/**/*.test.ts"],
    // Every test file starts its own PGlite and migrates it (seconds, more when the machine is busy).
    hookTimeout: 60_000,
    testTimeout: 60_000,
  },
});
