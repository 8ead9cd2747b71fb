import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: [
      "packages/db",
      "apps/api",
      "apps/web",
      // Checks over the whole tree (workspace boundaries), owned by the root package.
      { test: { name: "root", root: import.meta.dirname, include: ["test/**/*.test.ts"] } },
    ],
  },
});
