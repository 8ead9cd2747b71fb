import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";

const LINK = `mutation($input: LinkVillagesInput!) { linkVillages(input: $input) {
  __typename ... on MutationLinkVillagesSuccess { data { link { kind note toVillage { name } } } } ... on Error { message } } }`;

describe("linkVillages and Village.links", () => {
  let api: TestApi;
  let officer: string;
  let juntinyuat: Awaited<ReturnType<typeof villageBySlug>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("villageOfficer");
    juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
  });
  afterAll(() => api?.cleanup());

  it("links the officer's village with another, shown publicly on both", async () => {
    const lipursari = await villageBySlug(api, "lipursari-wonosobo");
    const result = await api.gql(
      LINK,
      {
        input: {
          fromVillageId: juntinyuat.gid,
          toVillageId: lipursari.gid,
          kind: "SISTER",
          note: "Tukar praktik koperasi.",
        },
      },
      { session: officer },
    );
    expect(result.data!.linkVillages.data.link).toEqual({
      kind: "SISTER",
      note: "Tukar praktik koperasi.",
      toVillage: { name: "Lipursari" },
    });
    const links = await api.gql(
      `query($id: ID!) { node(id: $id) { ... on Village { links(first: 20) { edges { node { kind fromVillage { name } toVillage { name } } } } } } }`,
      { id: lipursari.gid },
    );
    expect(links.data!.node.links.edges.map((e: any) => e.node.fromVillage.name)).toContain("Juntinyuat");
  });

  it("refuses a link to itself and a duplicate (either way round)", async () => {
    const same = await api.gql(
      LINK,
      { input: { fromVillageId: juntinyuat.gid, toVillageId: juntinyuat.gid, kind: "PEER", note: "" } },
      { session: officer },
    );
    expect(same.data!.linkVillages.__typename).toBe("SameVillageError");
    const sidoharjo = await villageBySlug(api, "sidoharjo-lampung-selatan");
    const duplicate = await api.gql(
      LINK,
      { input: { fromVillageId: juntinyuat.gid, toVillageId: sidoharjo.gid, kind: "PEER", note: "" } },
      { session: officer },
    );
    expect(duplicate.data!.linkVillages.__typename).toBe("VillageLinkExistsError");
  });

  it("refuses an officer acting for another village", async () => {
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const bringinan = await villageBySlug(api, "bringinan-ponorogo");
    const result = await api.gql(
      LINK,
      { input: { fromVillageId: krasak.gid, toVillageId: bringinan.gid, kind: "PEER", note: "" } },
      { session: officer },
    );
    expect(result.data?.linkVillages ?? null).toBeNull();
  });
});
