import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, createPartnerKey, gid, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const CREATE = `mutation($input: CreateStoryInput!) { createStory(input: $input) {
  __typename ... on MutationCreateStorySuccess { data { story { id slug } } }
  ... on InputValidationError { issues { path message } } ... on Error { message } } }`;
const PUBLISH = `mutation($id: ID!) { publishStory(input: { storyId: $id }) { __typename } }`;
const ADOPT = `mutation($input: AdoptPracticeInput!) { adoptPractice(input: $input) {
  __typename ... on MutationAdoptPracticeSuccess { data { adoption { id status village { name } } } } ... on Error { message } } }`;
const REPORT = `mutation($input: ReportPracticeAdoptionInput!) { reportPracticeAdoption(input: $input) {
  __typename ... on MutationReportPracticeAdoptionSuccess { data { adoption { status outcome reportedAt } } }
  ... on InputValidationError { issues { path message } } ... on Error { message } } }`;
const PRACTICE = `query($slug: String!) { story(slug: $slug) { title whatWasDone whatChanged contactRole
  cost { amount currency } adoptionCount adoptions(first: 10) { edges { node { status outcome village { name } } } } } }`;

type Village = Awaited<ReturnType<typeof villageBySlug>>;

describe("good practices: structured fields, adoption and outcome", () => {
  let api: TestApi;
  let officer: string;
  let juntinyuat: Village;
  let krasak: Village;
  let krasakOfficer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("villageOfficer");
    juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    krasak = await villageBySlug(api, "krasak-indramayu");
    krasakOfficer = (await createOfficer(api, krasak.id, "petugas.krasak@uji.id")).token;
  });
  afterAll(() => api?.cleanup());

  const practiceInput = {
    kind: "PRACTICE",
    title: "Bank sampah keluarga PMI",
    body: "Keluarga PMI mengelola bank sampah bersama.",
    whatWasDone: "Membuka bank sampah di setiap dusun, dikelola istri PMI.",
    costIdr: "3500000",
    whatChanged: "Tambahan penghasilan keluarga dan desa lebih bersih.",
    contactRole: "Ketua PKK",
  };

  it("publishes a practice whose fields, adoption and outcome are public and searchable", async () => {
    // Given the demo officer publishes a practice with its structured fields
    const created = await api.gql(
      CREATE,
      { input: { ...practiceInput, villageId: juntinyuat.gid } },
      { session: officer },
    );
    const { id, slug } = created.data!.createStory.data.story;
    await api.gql(PUBLISH, { id }, { session: officer });
    const published = await api.gql(PRACTICE, { slug });
    expect(published.data!.story).toMatchObject({
      whatWasDone: practiceInput.whatWasDone,
      whatChanged: practiceInput.whatChanged,
      contactRole: "Ketua PKK",
      cost: { amount: "3500000", currency: "IDR" },
      adoptionCount: 0,
    });

    // When Krasak's office adopts it, then reports how it went
    const adopted = await api.gql(ADOPT, { input: { storyId: id, villageId: krasak.gid } }, { session: krasakOfficer });
    expect(adopted.data!.adoptPractice.data.adoption).toMatchObject({
      status: "IN_PROGRESS",
      village: { name: "Krasak" },
    });
    const adoptionId = adopted.data!.adoptPractice.data.adoption.id;
    // (the practice's own village office cannot report for Krasak)
    const foreign = await api.gql(
      REPORT,
      { input: { adoptionId, status: "SUCCEEDED", outcome: "Bukan desa kami." } },
      { session: officer },
    );
    expect(foreign.data?.reportPracticeAdoption ?? null).toBeNull();
    const reported = await api.gql(
      REPORT,
      { input: { adoptionId, status: "SUCCEEDED", outcome: "Tiga dusun sudah punya bank sampah." } },
      { session: krasakOfficer },
    );
    expect(reported.data!.reportPracticeAdoption.data.adoption).toMatchObject({
      status: "SUCCEEDED",
      outcome: "Tiga dusun sudah punya bank sampah.",
    });

    // Then the practice shows the adoption to anyone
    const after = await api.gql(PRACTICE, { slug });
    expect(after.data!.story.adoptionCount).toBe(1);
    expect(after.data!.story.adoptions.edges.map((e: any) => e.node)).toEqual([
      { status: "SUCCEEDED", outcome: "Tiga dusun sudah punya bank sampah.", village: { name: "Krasak" } },
    ]);
    // And searching practices finds it by a word of what was done, in any case
    const search = await api.gql(
      `query { stories(first: 10, filter: { kind: PRACTICE, search: "BANK dusun" }) { edges { node { slug } } } }`,
    );
    expect(search.data!.stories.edges.map((e: any) => e.node.slug)).toEqual([slug]);
    const none = await api.gql(
      `query { stories(first: 10, filter: { kind: PRACTICE, search: "tidakadakatasemacamini" }) { edges { node { slug } } } }`,
    );
    expect(none.data!.stories.edges).toEqual([]);
  });

  it("refuses adopting a story, one's own practice, or the same practice twice, changing nothing", async () => {
    const story = await api.prisma.story.findUniqueOrThrow({ where: { slug: "dari-taichung-ke-dapur-keripik" } });
    const own = await api.prisma.story.findUniqueOrThrow({
      where: { slug: "pos-layanan-migrasi-balai-desa-juntinyuat" },
    });
    const gidOf = (id: string) => gid("Story", id);
    const before = await api.prisma.practiceAdoption.count();
    const notPractice = await api.gql(
      ADOPT,
      { input: { storyId: gidOf(story.id), villageId: krasak.gid } },
      { session: krasakOfficer, headers: { "accept-language": "en" } },
    );
    expect(notPractice.data!.adoptPractice).toMatchObject({
      __typename: "NotAPracticeError",
      message: "Only a published good practice can be adopted.",
    });
    const ownPractice = await api.gql(
      ADOPT,
      { input: { storyId: gidOf(own.id), villageId: juntinyuat.gid } },
      { session: officer },
    );
    expect(ownPractice.data!.adoptPractice).toMatchObject({
      __typename: "OwnPracticeError",
      message: "Desa tidak dapat mengadopsi praktiknya sendiri.",
    });
    // Krasak adopted the Juntinyuat service post in the demo data already
    const twice = await api.gql(
      ADOPT,
      { input: { storyId: gidOf(own.id), villageId: krasak.gid } },
      { session: krasakOfficer },
    );
    expect(twice.data!.adoptPractice.__typename).toBe("PracticeAlreadyAdoptedError");
    // An officer adopting for a village not theirs is refused
    const forOther = await api.gql(
      ADOPT,
      { input: { storyId: gidOf(own.id), villageId: (await villageBySlug(api, "wanasaba-lombok-timur")).gid } },
      { session: krasakOfficer },
    );
    expect(forOther.data?.adoptPractice ?? null).toBeNull();
    expect(await api.prisma.practiceAdoption.count()).toBe(before);
  });

  it("refuses a negative or fractional cost and an empty outcome with bilingual messages", async () => {
    const bad = await api.gql(
      CREATE,
      { input: { ...practiceInput, villageId: juntinyuat.gid, costIdr: "-5" } },
      { session: officer },
    );
    expect(bad.data!.createStory.__typename).toBe("InputValidationError");
    expect(bad.data!.createStory.issues[0].message).toBe("Biaya harus rupiah bulat.");
    const adoption = await api.prisma.practiceAdoption.findFirstOrThrow({ where: { villageId: juntinyuat.id } });
    const empty = await api.gql(
      REPORT,
      { input: { adoptionId: gid("PracticeAdoption", adoption.id), status: "SUCCEEDED", outcome: " " } },
      { session: officer, headers: { "accept-language": "en" } },
    );
    expect(empty.data!.reportPracticeAdoption.issues[0].message).toBe("Say how it went.");
    const unchanged = await api.prisma.practiceAdoption.findUniqueOrThrow({ where: { id: adoption.id } });
    expect(unchanged.status).toBe(adoption.status);
  });

  it("shows the network by province with what each village is known for, its practices and accepted partners", async () => {
    const set = await api.gql(
      `mutation($input: SetVillageKnownForInput!) { setVillageKnownFor(input: $input) { __typename } }`,
      { input: { villageId: juntinyuat.gid, knownFor: "Pos layanan migrasi dan keripik purna PMI." } },
      { session: officer },
    );
    expect(set.data!.setVillageKnownFor.__typename).toBe("MutationSetVillageKnownForSuccess");
    const network = await api.gql(`query { networkVillages(first: 50) { edges { node {
      name knownFor practiceCount regency { province { name } }
      links(first: 10) { edges { node { fromVillage { name } toVillage { name } } } } } } } }`);
    const villages = network.data!.networkVillages.edges.map((e: any) => e.node);
    const provinces = villages.map((v: any) => v.regency.province.name);
    expect(provinces).toEqual([...provinces].sort((a: string, b: string) => a.localeCompare(b, "en")));
    const j = villages.find((v: any) => v.name === "Juntinyuat");
    expect(j.knownFor).toBe("Pos layanan migrasi dan keripik purna PMI.");
    expect(j.practiceCount).toBeGreaterThanOrEqual(1);
    // The demo request Kalisabuk → Juntinyuat is pending: not among the partners
    const partners = j.links.edges.map((e: any) => `${e.node.fromVillage.name}→${e.node.toVillage.name}`);
    expect(partners).toContain("Sidoharjo→Juntinyuat");
    expect(partners).not.toContain("Kalisabuk→Juntinyuat");
  });

  it("a partner key reads practices and adoptions but no officer's name or phone", async () => {
    const key = await createPartnerKey(api, ["catalog:read"]);
    const result = await api.gql(
      `query { stories(first: 10, filter: { kind: PRACTICE }) { edges { node { contactRole authorName
        adoptions(first: 10) { edges { node { outcome village { name } } } } } } } }`,
      {},
      { apiKey: key },
    );
    expect(result.errors).toBeUndefined();
    const text = JSON.stringify(result.data);
    const officers = await api.prisma.user.findMany({ where: { villageOffices: { some: {} } } });
    for (const o of officers) {
      expect(text).not.toContain(o.name);
      if (o.phone) expect(text).not.toContain(o.phone);
    }
  });
});
