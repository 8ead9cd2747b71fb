import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const ADD = `mutation($input: AddMemberInput!) { addMember(input: $input) { __typename
  ... on MutationAddMemberSuccess { data { membership { memberNumber status fullName savings { total { amount } } } } }
  ... on AlreadyMemberError { message memberNumber status }
  ... on MemberNumberTakenError { message }
  ... on Error { message } } }`;

describe("addMember", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let coopId: string;
  let villageId: string;
  let officer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    const coop = await api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-juntinyuat" } });
    coopId = coop.id;
    villageId = coop.villageId;
    officer = await api.signInAs("cooperativeOfficer");
  });
  afterAll(() => api?.cleanup());

  const newPerson = (fullName: string, village = villageId) =>
    api.prisma.person.create({ data: { fullName, villageId: village } });

  it("admits a villager with the next member number", async () => {
    // given a villager who is not a member, and the highest member number in use
    const person = await newPerson("Warsini Binti Kasmad");
    const numbers = (await api.prisma.membership.findMany({ where: { cooperativeId: coopId } }))
      .map((m) => m.memberNumber)
      .sort();
    const last = numbers.at(-1)!;
    const expected = last.replace(/[0-9]+$/, (d) => String(Number(d) + 1).padStart(d.length, "0"));
    // when the chair admits them without a number
    const result = await api.gql(
      ADD,
      { input: { cooperativeId: gid("Cooperative", coopId), personId: gid("Person", person.id) } },
      { session: officer },
    );
    // then they are an active member with the next number and no savings yet
    expect(result.data!.addMember).toEqual({
      __typename: "MutationAddMemberSuccess",
      data: {
        membership: {
          memberNumber: expected,
          status: "ACTIVE",
          fullName: "Warsini Binti Kasmad",
          savings: { total: { amount: "0" } },
        },
      },
    });
  });

  it("accepts a chosen member number but refuses one already taken", async () => {
    const a = await newPerson("Sukarni");
    const b = await newPerson("Sukardi");
    const first = await api.gql(
      ADD,
      {
        input: {
          cooperativeId: gid("Cooperative", coopId),
          personId: gid("Person", a.id),
          memberNumber: "KHUSUS-9001",
        },
      },
      { session: officer },
    );
    expect(first.data!.addMember.data.membership.memberNumber).toBe("KHUSUS-9001");
    const second = await api.gql(
      ADD,
      {
        input: {
          cooperativeId: gid("Cooperative", coopId),
          personId: gid("Person", b.id),
          memberNumber: "KHUSUS-9001",
        },
      },
      { session: officer },
    );
    expect(second.data!.addMember.__typename).toBe("MemberNumberTakenError");
  });

  it("refuses a second membership for the same person", async () => {
    // given an existing member
    const existing = await api.prisma.membership.findFirstOrThrow({ where: { cooperativeId: coopId } });
    // when the chair admits them again
    const result = await api.gql(
      ADD,
      { input: { cooperativeId: gid("Cooperative", coopId), personId: gid("Person", existing.personId) } },
      { session: officer },
    );
    // then AlreadyMemberError names their number
    expect(result.data!.addMember).toMatchObject({
      __typename: "AlreadyMemberError",
      memberNumber: existing.memberNumber,
      status: "ACTIVE",
    });
  });

  it("refuses a person from another village", async () => {
    const other = await api.prisma.village.findFirstOrThrow({ where: { id: { not: villageId } } });
    const outsider = await newPerson("Orang Desa Lain", other.id);
    const result = await api.gql(
      ADD,
      { input: { cooperativeId: gid("Cooperative", coopId), personId: gid("Person", outsider.id) } },
      { session: officer },
    );
    expect(result.data!.addMember.__typename).toBe("PersonNotInVillageError");
    expect(await api.prisma.membership.count({ where: { personId: outsider.id } })).toBe(0);
  });

  it("gives concurrent admissions distinct numbers", async () => {
    const people = await Promise.all(["Satu", "Dua", "Tiga"].map((n) => newPerson(`Warga ${n}`)));
    const results = await Promise.all(
      people.map((p) =>
        api.gql(
          ADD,
          { input: { cooperativeId: gid("Cooperative", coopId), personId: gid("Person", p.id) } },
          { session: officer },
        ),
      ),
    );
    const numbers = results.map((r) => r.data!.addMember.data.membership.memberNumber);
    expect(new Set(numbers).size).toBe(3);
  });

  it("is for the cooperative's officers only", async () => {
    const person = await newPerson("Calon Anggota");
    const household = await api.signInAs("household");
    const result = await api.gql(
      ADD,
      { input: { cooperativeId: gid("Cooperative", coopId), personId: gid("Person", person.id) } },
      { session: household },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(await api.prisma.membership.count({ where: { personId: person.id } })).toBe(0);
  });
});
