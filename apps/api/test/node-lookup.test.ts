// node(id:) follows the Relay spec: an ID for a row that does not exist answers null, for every
// node type, instead of an internal error; a malformed ID is the caller's error.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { schema } from "../src/schema.ts";
import { createTestApi } from "./harness.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;
const MISSING_UUID = "019abcde-0000-7000-8000-000000000000";
const nodeTypes = Object.values(schema.getTypeMap())
  .filter((type) => "getInterfaces" in type && type.getInterfaces().some((i) => i.name === "Node"))
  .map((type) => type.name);

describe("node(id:) for missing rows", () => {
  let api: Api;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    admin = await api.signInAs("admin");
  });
  afterAll(() => api?.cleanup());

  it("knows the node types", () => {
    expect(nodeTypes.length).toBeGreaterThan(20);
  });

  it.each(nodeTypes)("%s: a missing row is null, not an error", async (type) => {
    const id = Buffer.from(`${type}:${MISSING_UUID}`).toString("base64");
    const result = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, { session: admin });
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ node: null });
  });

  it.each([
    ["an ID whose key is not a UUID", Buffer.from("Person:not-a-uuid").toString("base64")],
    ["an ID that is not base64 of type:key", "bukan-id"],
  ])("refuses %s as malformed, saying so", async (_what, id) => {
    const result = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id }, { session: admin });
    expect(result.errors?.[0]?.message).toMatch(/Invalid global ID/);
    expect(result.errors?.[0]?.message).not.toMatch(/Unexpected error/);
  });
});
