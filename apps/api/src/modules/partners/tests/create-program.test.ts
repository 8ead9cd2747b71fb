import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { viewerOrganization } from "../../../../test/partners.ts";

const CREATE_PROGRAM = `
  mutation($input: CreateProgramInput!) {
    createProgram(input: $input) {
      __typename
      ... on MutationCreateProgramSuccess { data { program { id slug title kind capacity enrolledCount startsOn organization { slug } } } }
      ... on Error { message }
      ... on InputValidationError { issues { path message } }
    }
  }`;

describe("createProgram", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let partner: string;
  let organizationId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    partner = await api.signInAs("partner");
    organizationId = (await viewerOrganization(api, partner)).id;
  });
  afterAll(() => api?.cleanup());

  it("lets a member create a program of their organization", async () => {
    // given the owner of a partner organization
    // when they create a training with ten places
    const result = await api.gql(
      CREATE_PROGRAM,
      {
        input: {
          organizationId,
          title: "Pelatihan Pembukuan UMKM",
          kind: "TRAINING",
          capacity: 10,
          startsOn: "2027-02-01T00:00:00.000Z",
          endsOn: "2027-02-03T00:00:00.000Z",
        },
      },
      { session: partner },
    );
    // then the program exists, empty, with a slug made from its title
    expect(result.data!.createProgram.__typename).toBe("MutationCreateProgramSuccess");
    const { program } = result.data!.createProgram.data;
    expect(program).toMatchObject({
      title: "Pelatihan Pembukuan UMKM",
      kind: "TRAINING",
      capacity: 10,
      enrolledCount: 0,
      organization: { slug: "pusat-studi-migrasi-ucn" },
    });
    expect(program.slug).toMatch(/^pelatihan-pembukuan-umkm-[a-z0-9]+$/);
  });

  it("refuses an end before the start, and a non-member", async () => {
    // given an end date before the start date
    const bad = await api.gql(
      CREATE_PROGRAM,
      {
        input: {
          organizationId,
          title: "Salah tanggal",
          kind: "TRAINING",
          startsOn: "2027-02-03T00:00:00.000Z",
          endsOn: "2027-02-01T00:00:00.000Z",
        },
      },
      { session: partner },
    );
    // then the member gets a validation error that says so
    expect(bad.data!.createProgram.__typename).toBe("InputValidationError");
    expect(bad.data!.createProgram.issues[0].message).toMatch(/tidak boleh sebelum/);
    // and a buyer gets a ForbiddenError
    const buyer = await api.signInAs("buyer");
    const refused = await api.gql(
      CREATE_PROGRAM,
      { input: { organizationId, title: "Bukan anggota", kind: "TRAINING", startsOn: "2027-02-01T00:00:00.000Z" } },
      { session: buyer },
    );
    expect(refused.data!.createProgram.__typename).toBe("ForbiddenError");
    expect(await api.prisma.program.count({ where: { title: { in: ["Salah tanggal", "Bukan anggota"] } } })).toBe(0);
  });
});
