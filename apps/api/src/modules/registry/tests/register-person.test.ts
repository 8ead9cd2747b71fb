import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { hashNik } from "../service.ts";
import { createOfficer, type TestApi, villageBySlug } from "./fixtures.ts";

const REGISTER = `mutation($input: RegisterPersonInput!) { registerPerson(input: $input) {
  __typename
  ... on MutationRegisterPersonSuccess { data { person { id fullName gender phone currentStatus village { name } } } }
  ... on InputValidationError { issues { path message } }
  ... on Error { message }
} }`;

describe("registerPerson", () => {
  let api: TestApi;
  let village: Awaited<ReturnType<typeof villageBySlug>>;
  let officer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    village = await villageBySlug(api, "juntinyuat-indramayu");
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  const input = (extra: Record<string, unknown> = {}) => ({
    villageId: village.gid,
    fullName: "Sri Wahyuningsih",
    gender: "FEMALE",
    phone: "+6281234567890",
    consentGiven: true,
    ...extra,
  });

  it("registers a person with consent and keeps the NIK only as a keyed hash", async () => {
    // given the Juntinyuat officer and a consenting villager with NIK 3212…
    const nik = "3212014506990001";
    // when the officer registers her
    const result = await api.gql(REGISTER, { input: input({ nik }) }, { session: officer });
    // then she is in the registry, with no status yet, and the database holds only the HMAC of her NIK
    expect(result.data!.registerPerson).toMatchObject({
      __typename: "MutationRegisterPersonSuccess",
      data: { person: { fullName: "Sri Wahyuningsih", currentStatus: null, village: { name: "Juntinyuat" } } },
    });
    const stored = await api.prisma.person.findFirstOrThrow({ where: { fullName: "Sri Wahyuningsih" } });
    expect(stored.nikHash).toBe(hashNik(nik));
    expect(stored.nikHash).not.toContain(nik);
    expect(JSON.stringify(stored)).not.toContain(nik);
    const consent = await api.prisma.auditLog.findFirst({ where: { action: "person.register", targetId: stored.id } });
    expect(consent).not.toBeNull();
  });

  it("refuses a second person with the same NIK without saying who has it", async () => {
    // given a registered NIK
    const nik = "3212015003880002";
    await api.gql(REGISTER, { input: input({ nik, fullName: "Warsini" }) }, { session: officer });
    // when an officer of another village registers someone with the same NIK
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const other = await createOfficer(api, krasak.id, "krasak.register@example.id");
    const result = await api.gql(
      REGISTER,
      { input: input({ nik, villageId: krasak.gid, fullName: "Orang Lain" }) },
      { session: other.token },
    );
    // then it is a DuplicatePersonError that names neither the person nor the village
    expect(result.data!.registerPerson.__typename).toBe("DuplicatePersonError");
    expect(result.data!.registerPerson.message).not.toMatch(/Warsini|Juntinyuat/);
    expect(await api.prisma.person.count({ where: { fullName: "Orang Lain" } })).toBe(0);
  });

  it("refuses to record anyone without consent", async () => {
    // when the officer submits a person whose consent was not given
    const result = await api.gql(
      REGISTER,
      { input: input({ fullName: "Tanpa Persetujuan", consentGiven: false }) },
      { session: officer },
    );
    // then nothing is stored
    expect(result.data!.registerPerson.__typename).toBe("ConsentRequiredError");
    expect(await api.prisma.person.count({ where: { fullName: "Tanpa Persetujuan" } })).toBe(0);
  });

  it("rejects a NIK that is not 16 digits with a message in Bahasa Indonesia", async () => {
    const result = await api.gql(REGISTER, { input: input({ nik: "32120145069" }) }, { session: officer });
    expect(result.data!.registerPerson.__typename).toBe("InputValidationError");
    expect(result.data!.registerPerson.issues[0].message).toMatch(/16 digit/);
  });

  it("does not let an officer register into another village, nor a buyer at all", async () => {
    // given the Juntinyuat officer and a buyer
    const krasak = await villageBySlug(api, "krasak-indramayu");
    const buyer = await api.signInAs("buyer");
    // when they try to register into Krasak
    const asOfficer = await api.gql(
      REGISTER,
      { input: input({ villageId: krasak.gid, fullName: "Penyusup Satu" }) },
      { session: officer },
    );
    const asBuyer = await api.gql(
      REGISTER,
      { input: input({ villageId: krasak.gid, fullName: "Penyusup Dua" }) },
      { session: buyer },
    );
    // then both are refused and nothing is stored
    for (const r of [asOfficer, asBuyer]) expect(r.data?.registerPerson ?? null).toBeNull();
    expect(asOfficer.errors?.[0]?.message).toBeTruthy();
    expect(await api.prisma.person.count({ where: { fullName: { startsWith: "Penyusup" } } })).toBe(0);
  });
});
