// The public pages' load functions against the real API on a seeded database (no browser).
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import { apiCall, signInToken } from "../../testing/commerce-session.ts";
import { loadEvent, serverEvent, statusOf } from "../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../testing/real-api.ts";
import { load as loadStory } from "./cerita/[slug]/+page.server.ts";
import { load as loadStories } from "./cerita/+page.server.ts";
import { load as loadVillage } from "./desa/[code]/+page.server.ts";
import { load as loadVillages } from "./desa/+page.server.ts";
import { load as loadCatalogue } from "./katalog/+page.server.ts";
import { load as loadFunding } from "./pendanaan/+page.server.ts";
import { load as loadProduct } from "./produk/[slug]/+page.server.ts";
import { load as loadBusiness } from "./usaha/[slug]/+page.server.ts";

// Kit's generated types want the whole RequestEvent; these loads use url, params, cookies and fetch.

type AnyLoad = (event: any) => Promise<any>;
const run = (load: unknown, path: string, params: Record<string, string> = {}) =>
  (load as AnyLoad)(loadEvent(api.url, path, params));

let api: RealApi;

// The first queries warm up a freshly migrated database; on a busy 2-core machine that takes seconds.
vi.setConfig({ testTimeout: 30_000 });

beforeAll(async () => {
  api = await startRealApi({ seed: true });
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe("catalogue /katalog", () => {
  it("lists the newest products with a total and filter choices", async () => {
    const data = await run(loadCatalogue, "/katalog");

    expect(data.totalCount).toBeGreaterThan(12);
    expect(data.products).toHaveLength(12);
    expect(data.options.categories.length).toBeGreaterThan(0);
    expect(data.options.provinces.length).toBeGreaterThan(0);
    expect(data.links.previous).toBeNull();
    expect(data.links.next).toMatch(/^\/katalog\?after=/);
  });

  it("searches, filters by category and sorts by price", async () => {
    const data = await run(loadCatalogue, "/katalog?q=keripik&kategori=keripik&urut=PRICE_ASC");

    expect(data.products.length).toBeGreaterThan(0);
    // Search words match the name, description, category, business and village: in the category named "Keripik ..."
    // every product matches, and those named keripik are among them.
    expect(data.products.some((product: { name: string }) => product.name.toLowerCase().includes("keripik"))).toBe(
      true,
    );
    const prices = data.products.map((product: { priceIdr: { amount: string } }) => BigInt(product.priceIdr.amount));
    expect([...prices].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))).toEqual(prices);
  });

  it("finds 'kripik pedas' by the common spelling, best match first, with matched words and businesses", async () => {
    const data = await run(loadCatalogue, "/katalog?q=kripik+pedas");

    expect(data.query.order).toBe("RELEVANCE");
    const names = data.products.map((product: { name: string }) => product.name);
    expect(names).toContain("Keripik Singkong Pedas Daun Jeruk 500 g");
    const found = data.products.find((product: { name: string }) => product.name.startsWith("Keripik Singkong Pedas"));
    expect(found.highlight.name.matches).toEqual([
      { start: 0, length: 7 },
      { start: 17, length: 5 },
    ]);
    // Businesses whose name holds the word are offered beside the products
    const keripik = await run(loadCatalogue, "/katalog?q=kripik");
    expect(keripik.businesses.map((business: { name: string }) => business.name).join(" ")).toMatch(/Keripik/);
  });

  it("explains a minimum price above the maximum instead of an empty list", async () => {
    const data = await run(loadCatalogue, "/katalog?min=50000&max=10000");

    expect(data.products).toEqual([]);
    expect(data.explanation).toMatch(/Harga terendah .* lebih tinggi dari harga tertinggi/);
  });

  it("narrows to one village and a price range", async () => {
    const data = await run(loadCatalogue, "/katalog?desa=3212140001&min=20000&max=100000");

    expect(data.products.length).toBeGreaterThan(0);
    for (const product of data.products) {
      expect(product.business.village.name).toBe("Juntinyuat");
      expect(BigInt(product.priceIdr.amount)).toBeGreaterThanOrEqual(20000n);
      expect(BigInt(product.priceIdr.amount)).toBeLessThanOrEqual(100000n);
    }
  });

  it("pages forward and back with cursors", async () => {
    const first = await run(loadCatalogue, "/katalog?urut=NAME");
    const second = await run(loadCatalogue, first.links.next);
    const back = await run(loadCatalogue, second.links.previous);

    expect(second.products[0].id).not.toBe(first.products[0].id);
    expect(second.links.previous).toMatch(/before=/);
    expect(back.products.map((p: { id: string }) => p.id)).toEqual(first.products.map((p: { id: string }) => p.id));
  });

  it("is honestly empty for a village that is not on the platform", async () => {
    const data = await run(loadCatalogue, "/katalog?desa=9999999999");
    expect(data.products).toEqual([]);
    expect(data.totalCount).toBe(0);
    expect(data.filtered).toBe(true);
  });
});

describe("product /produk/[slug]", () => {
  it("shows the product with its seller, village and category", async () => {
    const data = await run(loadProduct, "/produk/dodol-mangga-250-g", { slug: "dodol-mangga-250-g" });

    expect(data.product.name).toBe("Dodol Mangga 250 g");
    expect(data.product.business.slug).toBe("mangga-gincu-pak-daskan");
    expect(data.product.business.village.code).toBe("3212140001");
    expect(data.product.category.slug).toBeTruthy();
    expect(data.moreFromBusiness.every((p: { slug: string }) => p.slug !== "dodol-mangga-250-g")).toBe(true);
  });

  it("is a 404 when the product does not exist", async () => {
    expect(await statusOf(run(loadProduct, "/produk/tidak-ada", { slug: "tidak-ada" }))).toBe(404);
    expect(await statusOf(run(loadProduct, "/produk/<x>", { slug: "<x>" }))).toBe(404);
  });
});

describe("business /usaha/[slug]", () => {
  it("tells the owner's story and lists the products", async () => {
    const data = await run(loadBusiness, "/usaha/mangga-gincu-pak-daskan", { slug: "mangga-gincu-pak-daskan" });

    expect(data.business.ownerName).toBe("Daskan");
    expect(data.business.story.length).toBeGreaterThan(50);
    expect(data.business.village.code).toBe("3212140001");
    expect(data.productCount).toBe(data.products.length);
  });

  it("is a 404 when the business does not exist", async () => {
    expect(await statusOf(run(loadBusiness, "/usaha/tidak-ada", { slug: "tidak-ada" }))).toBe(404);
  });
});

describe("village /desa/[code]", () => {
  it("has the place, cooperatives, businesses and anonymised figures", async () => {
    const data = await run(loadVillage, "/desa/3212140001", { code: "3212140001" });

    expect(data.village.name).toBe("Juntinyuat");
    expect(data.village.regency.name).toBe("Indramayu");
    expect(data.village.cooperatives.length).toBeGreaterThan(0);
    for (const cooperative of data.village.cooperatives) expect(cooperative.slug).toMatch(/^[a-z0-9-]+$/);
    expect(data.businesses.length).toBe(data.businessCount);
    expect(data.village.stats.summary.businesses).toBeGreaterThan(0);
    expect(Array.isArray(data.village.stats.remittanceInflow)).toBe(true);
  });

  it("shows its latest published stories, newest first, with an excerpt (drafts stay hidden)", async () => {
    const data = await run(loadVillage, "/desa/3212140001", { code: "3212140001" });
    expect(data.stories.map((story: { slug: string }) => story.slug)).toEqual([
      "dari-taichung-ke-dapur-keripik",
      "pos-layanan-migrasi-balai-desa-juntinyuat",
    ]);
    for (const story of data.stories) expect(story.excerpt.length).toBeGreaterThan(20);

    const wanasaba = await run(loadVillages, "/desa?q=wanasaba");
    const code = wanasaba.villages[0].code;
    const slugs = (await run(loadVillage, `/desa/${code}`, { code })).stories.map(
      (story: { slug: string }) => story.slug,
    );
    expect(slugs).toContain("satgas-pmi-dan-perdes-wanasaba");
    expect(slugs).not.toContain("panen-madu-trigona-draf");
  });

  it("is a 404 for an unknown or malformed code", async () => {
    expect(await statusOf(run(loadVillage, "/desa/9999999999", { code: "9999999999" }))).toBe(404);
    expect(await statusOf(run(loadVillage, "/desa/juntinyuat", { code: "juntinyuat" }))).toBe(404);
  });
});

describe("villages /desa", () => {
  it("lists villages and searches them", async () => {
    const all = await run(loadVillages, "/desa");
    const found = await run(loadVillages, "/desa?q=indramayu");

    expect(all.villages.length).toBeGreaterThan(2);
    expect(found.villages.map((v: { name: string }) => v.name).sort()).toEqual(["Juntinyuat", "Krasak"]);
  });

  it("filters by province", async () => {
    const data = await run(loadVillages, "/desa?provinsi=33");
    expect(data.villages.length).toBeGreaterThan(0);
    for (const village of data.villages) expect(village.regency.province.name).toBe("Jawa Tengah");
  });
});

describe("funding rounds /pendanaan and stories /cerita", () => {
  it("lists the seeded funding rounds with their business and village", async () => {
    const data = await run(loadFunding, "/pendanaan");
    expect(data.rounds.length).toBeGreaterThan(0);
    for (const round of data.rounds) {
      expect(round.business.village.code).toMatch(/^\d{10}$/);
      expect(BigInt(round.target.amount)).toBeGreaterThan(0n);
    }
  });

  it("lists published stories as cards with an excerpt, never a draft", async () => {
    const data = await run(loadStories, "/cerita");
    const slugs = data.stories.map((story: { slug: string }) => story.slug);
    expect(slugs).toContain("dari-taichung-ke-dapur-keripik");
    expect(slugs).not.toContain("panen-madu-trigona-draf");
    for (const story of data.stories) {
      expect(story.title.length).toBeGreaterThan(0);
      expect(story.excerpt.length).toBeGreaterThan(0);
      expect(story).not.toHaveProperty("body");
    }
  });
});

describe("story /cerita/[slug]", () => {
  it("has the whole story with its village, author and date, and more from the same village", async () => {
    const data = await run(loadStory, "/cerita/dari-taichung-ke-dapur-keripik", {
      slug: "dari-taichung-ke-dapur-keripik",
    });
    expect(data.story).toMatchObject({
      title: "Dari Taichung ke dapur keripik",
      status: "PUBLISHED",
      village: { name: "Juntinyuat", code: "3212140001" },
    });
    expect(data.story.authorName.length).toBeGreaterThan(0);
    expect(data.story.publishedAt).toMatch(/^2026-10-05T/);
    expect(data.story.body.split(/\n\s*\n/).length).toBeGreaterThan(1);
    expect(data.moreFromVillage.map((story: { slug: string }) => story.slug)).toEqual([
      "pos-layanan-migrasi-balai-desa-juntinyuat",
    ]);
    // Told by a returnee entrepreneur: the page links their business.
    expect(data.story.authorBusiness).toEqual({
      name: "Keripik Singkong Mbak Siti",
      slug: "keripik-singkong-mbak-siti",
    });
    const office = await run(loadStory, "/cerita/pos-layanan-migrasi-balai-desa-juntinyuat", {
      slug: "pos-layanan-migrasi-balai-desa-juntinyuat",
    });
    expect(office.story.authorBusiness).toBeNull();
  });

  it("is a 404 for a missing story, a malformed slug, and a draft seen by the public", async () => {
    expect(await statusOf(run(loadStory, "/cerita/tidak-ada", { slug: "tidak-ada" }))).toBe(404);
    expect(await statusOf(run(loadStory, "/cerita/Bukan%20Slug", { slug: "Bukan Slug" }))).toBe(404);
    expect(await statusOf(run(loadStory, "/cerita/panen-madu-trigona-draf", { slug: "panen-madu-trigona-draf" }))).toBe(
      404,
    );
  });

  it("keeps a draft its village's officer opens out of every cache, and leaves a published story cacheable", async () => {
    // Given a draft the Juntinyuat officer saved
    const officer = await signInToken(api.url, "villageOfficer");
    // (serverEvent records the headers the load sets, and refuses one set twice as Kit does)
    const published = serverEvent(api.url, "/cerita/dari-taichung-ke-dapur-keripik", {
      params: { slug: "dari-taichung-ke-dapur-keripik" },
      token: officer,
    });
    const villageId = (await (loadStory as AnyLoad)(published)).story.village.id;
    const created = await apiCall(
      api.url,
      `mutation($input: CreateStoryInput!) { createStory(input: $input) { __typename ... on MutationCreateStorySuccess { data { story { slug } } } } }`,
      {
        input: {
          villageId,
          kind: "STORY",
          title: "Draf pelatihan bahasa Mandarin",
          body: "Draf yang belum diterbitkan.",
        },
      },
      officer,
    );
    const slug = created.createStory.data.story.slug as string;

    // When the officer opens it
    const draft = serverEvent(api.url, `/cerita/${slug}`, { params: { slug }, token: officer });
    const data = await (loadStory as AnyLoad)(draft);

    // Then the draft is shown, marked private and not to be stored; the published story set no such header
    expect(data.story).toMatchObject({ status: "DRAFT", title: "Draf pelatihan bahasa Mandarin" });
    expect(draft.headers["cache-control"]).toBe("private, no-store");
    expect(published.headers).toEqual({});
  });
});
