import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

const VIEWER_HOUSEHOLDS = `{ viewer { name households { name wallet { id } } } }`;

describe("viewer households", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists a family member's household with its wallet", async () => {
    const result = await api.gql(VIEWER_HOUSEHOLDS, {}, { session: await api.signInAs("household") });
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewer.households).toEqual([
      { name: "Keluarga Bapak Tarmidi", wallet: { id: expect.any(String) } },
    ]);
  });

  it("is an empty list, not an error, for an account without a person record", async () => {
    const { token: session } = await api.createUserSession({ email: "tanpa-orang@example.id", name: "Tanpa Orang" });
    const result = await api.gql(VIEWER_HOUSEHOLDS, {}, { session });
    expect(result.errors).toBeUndefined();
    expect(result.data!.viewer).toEqual({ name: "Tanpa Orang", households: [] });
  });
});
