import { readFileSync } from "node:fs";

import { describe, expect, it } from "vitest";

import { printedSchema, SCHEMA_PATH } from "./print-schema.ts";

describe("committed schema", () => {
  it("matches the schema the code builds (run `npm run print-schema -w @desa-migran/api` after changing types)", () => {
    expect(readFileSync(SCHEMA_PATH, "utf8")).toBe(printedSchema());
  });
});
