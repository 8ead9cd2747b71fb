import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { gid, type TestApi } from "../../registry/tests/fixtures.ts";

describe("unpublishStory", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("takes a published story back to draft, out of public view", async () => {
    const story = await api.prisma.story.findUniqueOrThrow({
      where: { slug: "pos-layanan-migrasi-balai-desa-juntinyuat" },
    });
    const result = await api.gql(
      `mutation($input: UnpublishStoryInput!) { unpublishStory(input: $input) { ... on MutationUnpublishStorySuccess { data { story { status } } } } }`,
      { input: { storyId: gid("Story", story.id) } },
      { session: await api.signInAs("villageOfficer") },
    );
    expect(result.data!.unpublishStory.data.story.status).toBe("DRAFT");
    expect(
      (await api.gql(`{ story(slug: "pos-layanan-migrasi-balai-desa-juntinyuat") { status } }`)).data!.story,
    ).toBeNull();
  });
});
