import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, createPartnerKey, gid, type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const REQUEST = `mutation($input: RequestVillageLinkInput!) { requestVillageLink(input: $input) {
  __typename ... on MutationRequestVillageLinkSuccess { data { link { id status kind note toVillage { name } } } }
  ... on Error { message } } }`;
const DECIDE = `mutation($input: DecideVillageLinkInput!) { decideVillageLink(input: $input) {
  __typename ... on MutationDecideVillageLinkSuccess { data { link { status decidedAt } } } ... on Error { message } } }`;
const LINKS = `query($id: ID!) { node(id: $id) { ... on Village {
  links(first: 20) { edges { node { status fromVillage { name } toVillage { name } } } } } } }`;
const REQUESTS = `query($id: ID!) { node(id: $id) { ... on Village {
  linkRequests(first: 20) { edges { node { id status fromVillage { name } toVillage { name } } } } } } }`;

type Village = Awaited<ReturnType<typeof villageBySlug>>;
const names = (result: any) =>
  result.data!.node.links.edges.map((e: any) => `${e.node.fromVillage.name}→${e.node.toVillage.name}`);

describe("village link requests", () => {
  let api: TestApi;
  let officer: string;
  let juntinyuat: Village;
  let lipursari: Village;
  let lipursariOfficer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("villageOfficer");
    juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    lipursari = await villageBySlug(api, "lipursari-wonosobo");
    lipursariOfficer = (await createOfficer(api, lipursari.id, "petugas.lipursari@uji.id")).token;
  });
  afterAll(() => api?.cleanup());

  const request = (session: string, from: Village, to: Village) =>
    api.gql(
      REQUEST,
      { input: { fromVillageId: from.gid, toVillageId: to.gid, kind: "SISTER", note: "Tukar praktik koperasi." } },
      { session },
    );

  it("a request stays private until the other village's office accepts it, then both villages show it", async () => {
    // Given the demo officer asks Lipursari to link
    const asked = await request(officer, juntinyuat, lipursari);
    expect(asked.data!.requestVillageLink.data.link).toMatchObject({
      status: "PENDING",
      kind: "SISTER",
      toVillage: { name: "Lipursari" },
    });
    const linkId = asked.data!.requestVillageLink.data.link.id;
    // Then the public sees no link yet, but both offices see the request
    expect(names(await api.gql(LINKS, { id: lipursari.gid }))).not.toContain("Juntinyuat→Lipursari");
    expect(await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: linkId })).toMatchObject({
      data: { node: null },
    });
    const incoming = await api.gql(REQUESTS, { id: lipursari.gid }, { session: lipursariOfficer });
    expect(incoming.data!.node.linkRequests.edges.map((e: any) => e.node.id)).toContain(linkId);
    const outgoing = await api.gql(REQUESTS, { id: juntinyuat.gid }, { session: officer });
    expect(outgoing.data!.node.linkRequests.edges.map((e: any) => e.node.id)).toContain(linkId);
    // And the requesting office cannot accept its own request
    const selfAccept = await api.gql(DECIDE, { input: { linkId, accept: true } }, { session: officer });
    expect(selfAccept.data?.decideVillageLink ?? null).toBeNull();
    expect(selfAccept.errors?.[0]?.message).toBeTruthy();

    // When Lipursari's office accepts
    const accepted = await api.gql(DECIDE, { input: { linkId, accept: true } }, { session: lipursariOfficer });
    expect(accepted.data!.decideVillageLink.data.link.status).toBe("ACCEPTED");
    expect(accepted.data!.decideVillageLink.data.link.decidedAt).toBeTruthy();

    // Then the link is public on both villages, and no longer a request
    expect(names(await api.gql(LINKS, { id: lipursari.gid }))).toContain("Juntinyuat→Lipursari");
    expect(names(await api.gql(LINKS, { id: juntinyuat.gid }))).toContain("Juntinyuat→Lipursari");
    const after = await api.gql(REQUESTS, { id: lipursari.gid }, { session: lipursariOfficer });
    expect(after.data!.node.linkRequests.edges.map((e: any) => e.node.id)).not.toContain(linkId);
    // And it cannot be decided twice
    const again = await api.gql(DECIDE, { input: { linkId, accept: false } }, { session: lipursariOfficer });
    expect(again.data!.decideVillageLink.__typename).toBe("VillageLinkNotPendingError");
  });

  it("a declined request is not public, and can be asked again", async () => {
    const bringinan = await villageBySlug(api, "bringinan-ponorogo");
    const bringinanOfficer = (await createOfficer(api, bringinan.id, "petugas.bringinan@uji.id")).token;
    const asked = await request(officer, juntinyuat, bringinan);
    const linkId = asked.data!.requestVillageLink.data.link.id;
    const declined = await api.gql(DECIDE, { input: { linkId, accept: false } }, { session: bringinanOfficer });
    expect(declined.data!.decideVillageLink.data.link.status).toBe("DECLINED");
    expect(names(await api.gql(LINKS, { id: bringinan.gid }))).not.toContain("Juntinyuat→Bringinan");
    // Asked again the other way round: a new pending request
    const again = await request(bringinanOfficer, bringinan, juntinyuat);
    expect(again.data!.requestVillageLink.data.link.status).toBe("PENDING");
  });

  it("refuses a link to itself and a duplicate of a pending or accepted link, either way round, in both languages", async () => {
    const same = await request(officer, juntinyuat, juntinyuat);
    expect(same.data!.requestVillageLink).toMatchObject({
      __typename: "SameVillageError",
      message: "Desa tidak dapat ditautkan dengan dirinya sendiri.",
    });
    // Sidoharjo → Juntinyuat is an accepted link of the demo data
    const sidoharjo = await villageBySlug(api, "sidoharjo-lampung-selatan");
    const duplicate = await api.gql(
      REQUEST,
      { input: { fromVillageId: juntinyuat.gid, toVillageId: sidoharjo.gid, kind: "PEER", note: "" } },
      { session: officer, headers: { "accept-language": "en" } },
    );
    expect(duplicate.data!.requestVillageLink).toMatchObject({
      __typename: "VillageLinkExistsError",
      message: "These two villages are already linked, or a link request between them is waiting.",
    });
    // Kalisabuk → Juntinyuat is pending in the demo data: Juntinyuat cannot ask the other way round
    const kalisabuk = await villageBySlug(api, "kalisabuk-cilacap");
    const pending = await request(officer, juntinyuat, kalisabuk);
    expect(pending.data!.requestVillageLink.__typename).toBe("VillageLinkExistsError");
    const rows = await api.prisma.villageLink.count({
      where: {
        OR: [
          { fromVillageId: juntinyuat.id, toVillageId: kalisabuk.id },
          { fromVillageId: kalisabuk.id, toVillageId: juntinyuat.id },
        ],
      },
    });
    expect(rows).toBe(1);
  });

  it("refuses an officer asking for another village, and a partner key reads no pending request", async () => {
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const bringinan = await villageBySlug(api, "bringinan-ponorogo");
    const before = await api.prisma.villageLink.count();
    const result = await request(officer, krasak, bringinan);
    expect(result.data?.requestVillageLink ?? null).toBeNull();
    expect(await api.prisma.villageLink.count()).toBe(before);

    const key = await createPartnerKey(api, ["catalog:read"]);
    const kalisabuk = await villageBySlug(api, "kalisabuk-cilacap");
    const pending = await api.prisma.villageLink.findFirstOrThrow({
      where: { fromVillageId: kalisabuk.id, toVillageId: juntinyuat.id },
    });
    const byKey = await api.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: gidOf(pending.id) }, { apiKey: key });
    expect(byKey.data?.node ?? null).toBeNull();
    const requests = await api.gql(REQUESTS, { id: juntinyuat.gid }, { apiKey: key });
    expect(requests.data?.node?.linkRequests ?? null).toBeNull();
  });
});

const gidOf = (id: string) => gid("VillageLink", id);
