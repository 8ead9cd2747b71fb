import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid, type TestApi } from "../../registry/tests/fixtures.ts";

const UPDATE = `mutation($input: UpdateStoryInput!) { updateStory(input: $input) {
  __typename ... on MutationUpdateStorySuccess { data { story { title body } } } } }`;

describe("updateStory", () => {
  let api: TestApi;
  let storyId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    storyId = gid(
      "Story",
      (await api.prisma.story.findUniqueOrThrow({ where: { slug: "pos-layanan-migrasi-balai-desa-juntinyuat" } })).id,
    );
  });
  afterAll(() => api?.cleanup());

  it("lets an officer of the story's village change its title only", async () => {
    const result = await api.gql(
      UPDATE,
      { input: { storyId, title: "Pos Layanan Migrasi Juntinyuat" } },
      { session: await api.signInAs("villageOfficer") },
    );
    expect(result.data!.updateStory.data.story.title).toBe("Pos Layanan Migrasi Juntinyuat");
    expect(result.data!.updateStory.data.story.body.length).toBeGreaterThan(0);
  });

  it("refuses a buyer", async () => {
    const result = await api.gql(
      UPDATE,
      { input: { storyId, title: "Diubah pembeli" } },
      { session: await api.signInAs("buyer") },
    );
    expect(result.data?.updateStory ?? null).toBeNull();
  });
});
