import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import type { TestApi } from "../../registry/tests/fixtures.ts";

describe("stories and story(slug)", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  it("lists published stories newest first, without drafts", async () => {
    // when a visitor lists the network's stories
    const result = await api.gql(
      `{ stories(first: 50) { edges { node { slug title kind publishedAt authorName village { name } } } } }`,
    );
    // then only published ones come, newest first
    expect(result.errors).toBeUndefined();
    const stories = result.data!.stories.edges.map((e: any) => e.node);
    expect(stories.length).toBeGreaterThanOrEqual(5);
    expect(stories.map((s: any) => s.slug)).not.toContain("panen-madu-trigona-draf");
    const dates = stories.map((s: any) => s.publishedAt);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it("filters by kind", async () => {
    const result = await api.gql(`{ stories(first: 50, filter: { kind: PRACTICE }) { edges { node { kind } } } }`);
    expect(result.data!.stories.edges.every((e: any) => e.node.kind === "PRACTICE")).toBe(true);
  });

  it("shows a published story by slug to anyone and a draft only to its village's officers", async () => {
    const published = await api.gql(`{ story(slug: "satgas-pmi-dan-perdes-wanasaba") { title status } }`);
    expect(published.data!.story.status).toBe("PUBLISHED");
    // a draft of Wanasaba: hidden from visitors and from the Juntinyuat officer
    const anonymous = await api.gql(`{ story(slug: "panen-madu-trigona-draf") { title } }`);
    expect(anonymous.data!.story).toBeNull();
    const outsider = await api.gql(
      `{ story(slug: "panen-madu-trigona-draf") { title } }`,
      {},
      { session: await api.signInAs("villageOfficer") },
    );
    expect(outsider.data!.story).toBeNull();
  });

  it("links a returnee's own story to their business, and a village officer's story to none", async () => {
    // when a visitor opens a story an entrepreneur wrote, and one the village office wrote
    const own = await api.gql(
      `{ story(slug: "dari-taichung-ke-dapur-keripik") { authorName authorBusiness { slug name village { code } } } }`,
    );
    const office = await api.gql(
      `{ story(slug: "pos-layanan-migrasi-balai-desa-juntinyuat") { authorBusiness { slug } } }`,
    );
    // then the first names the author's business in the same village, the second none
    expect(own.errors).toBeUndefined();
    expect(own.data!.story.authorBusiness).toEqual({
      slug: "keripik-singkong-mbak-siti",
      name: "Keripik Singkong Mbak Siti",
      village: { code: "3212140001" },
    });
    expect(office.errors).toBeUndefined();
    expect(office.data!.story.authorBusiness).toBeNull();
  });
});
