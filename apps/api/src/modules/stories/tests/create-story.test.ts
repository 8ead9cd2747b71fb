import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const CREATE = `mutation($input: CreateStoryInput!) { createStory(input: $input) {
  __typename ... on MutationCreateStorySuccess { data { story { slug title status publishedAt authorName } } }
  ... on InputValidationError { issues { path message } } } }`;

describe("createStory", () => {
  let api: TestApi;
  let officer: string;
  let villageId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("villageOfficer");
    villageId = (await villageBySlug(api, "juntinyuat-indramayu")).gid;
  });
  afterAll(() => api?.cleanup());

  it("saves a draft that the public cannot see", async () => {
    // when the Juntinyuat officer writes a practice
    const result = await api.gql(
      CREATE,
      { input: { villageId, kind: "PRACTICE", title: "Perdes Pelindungan PMI", body: "Isi praktik baik." } },
      { session: officer },
    );
    // then it is a draft by her, not listed publicly
    const { story } = result.data!.createStory.data;
    expect(story).toMatchObject({ status: "DRAFT", publishedAt: null, authorName: "Nurul Hidayah" });
    expect(story.slug).toMatch(/^perdes-pelindungan-pmi-/);
    expect(
      (await api.gql(`query($s: String!) { story(slug: $s) { title } }`, { s: story.slug })).data!.story,
    ).toBeNull();
  });

  it("refuses a title over 200 characters", async () => {
    const result = await api.gql(
      CREATE,
      { input: { villageId, kind: "STORY", title: "x".repeat(201), body: "Isi." } },
      { session: officer },
    );
    expect(result.data!.createStory.__typename).toBe("InputValidationError");
  });

  it("refuses an officer of another village", async () => {
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const result = await api.gql(
      CREATE,
      { input: { villageId: krasak.gid, kind: "STORY", title: "Bukan desaku", body: "Isi." } },
      { session: officer },
    );
    expect(result.data?.createStory ?? null).toBeNull();
  });
});
