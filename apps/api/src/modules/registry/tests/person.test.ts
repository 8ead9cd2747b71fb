import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { createOfficer, personNamed, type TestApi, villageBySlug } from "./fixtures.ts";

const PERSON = `query($id: ID!) { node(id: $id) { __typename ... on Person {
  fullName gender birthDate phone currentStatus village { name }
  episodes { status destinationCountry jobSector departedAt procedural recordedByName }
} } }`;

describe("Person (read)", () => {
  let api: TestApi;
  let nurhayati: Awaited<ReturnType<typeof personNamed>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const juntinyuat = await villageBySlug(api, "juntinyuat-indramayu");
    nurhayati = await personNamed(api, juntinyuat.id, "Nurhayati");
  });
  afterAll(() => api?.cleanup());

  it("shows an officer of the person's village their data, stints abroad and current status", async () => {
    // given the Juntinyuat officer and Nurhayati, working in Taiwan
    const session = await api.signInAs("villageOfficer");
    // when the officer reads her by global ID
    const result = await api.gql(PERSON, { id: nurhayati.gid }, { session });
    // then her registry record comes back with the stint in Taiwan as her current status
    expect(result.errors).toBeUndefined();
    expect(result.data!.node).toMatchObject({
      __typename: "Person",
      fullName: "Nurhayati",
      gender: "FEMALE",
      currentStatus: "ABROAD",
      village: { name: "Juntinyuat" },
    });
    expect(result.data!.node.episodes.at(-1)).toMatchObject({
      status: "ABROAD",
      destinationCountry: "TW",
      recordedByName: "Nurul Hidayah",
    });
  });

  it("lets the person themself and a platform admin read it", async () => {
    // given a user account linked to Nurhayati, and the admin
    const self = await api.createUserSession({ email: "nurhayati@example.id", personId: nurhayati.id });
    const admin = await api.signInAs("admin");
    // when each reads her record
    const own = await api.gql(PERSON, { id: nurhayati.gid }, { session: self.token });
    const byAdmin = await api.gql(PERSON, { id: nurhayati.gid }, { session: admin });
    // then both see it
    expect(own.data!.node.fullName).toBe("Nurhayati");
    expect(byAdmin.data!.node.fullName).toBe("Nurhayati");
  });

  it("refuses a household member of another family and an officer of another village", async () => {
    // given Tarmidi's household login (Nurhayati's husband, but not her) and an officer of Krasak
    const household = await api.signInAs("household");
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const other = await createOfficer(api, krasak.id, "krasak.officer@example.id");
    for (const session of [household, other.token]) {
      // when they read her by global ID
      const result = await api.gql(PERSON, { id: nurhayati.gid }, { session });
      // then nothing about her comes back
      expect(result.data?.node ?? null).toBeNull();
      expect(result.errors?.length).toBeGreaterThan(0);
      expect(JSON.stringify(result)).not.toContain("Nurhayati");
    }
  });

  it("never exposes the NIK or its hash in the schema", async () => {
    // when anyone introspects the Person type
    const result = await api.gql(`{ __type(name: "Person") { fields { name } } }`);
    // then there is no NIK field of any kind
    const names = result.data!.__type.fields.map((f: { name: string }) => f.name);
    expect(names).toEqual(expect.arrayContaining(["fullName", "currentStatus", "episodes"]));
    expect(names.filter((n: string) => /nik/i.test(n))).toEqual([]);
  });
});
