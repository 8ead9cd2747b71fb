import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, gid, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

describe("publishStory", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("makes a draft public and listed", async () => {
    // given Wanasaba's draft and an officer of Wanasaba
    const wanasaba = await villageBySlug(api, "wanasaba-lombok-timur");
    const officer = await createOfficer(api, wanasaba.id, "wanasaba.cerita@example.id");
    const draft = await api.prisma.story.findUniqueOrThrow({ where: { slug: "panen-madu-trigona-draf" } });
    // when the officer publishes it
    const result = await api.gql(
      `mutation($input: PublishStoryInput!) { publishStory(input: $input) { ... on MutationPublishStorySuccess { data { story { status publishedAt } } } } }`,
      { input: { storyId: gid("Story", draft.id) } },
      { session: officer.token },
    );
    // then anyone can read it
    expect(result.data!.publishStory.data.story.status).toBe("PUBLISHED");
    expect((await api.gql(`{ story(slug: "panen-madu-trigona-draf") { status } }`)).data!.story.status).toBe(
      "PUBLISHED",
    );
  });
});
