import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import type { TestApi } from "../../registry/tests/fixtures.ts";

const IMPORT = `mutation($input: ImportPlacementAgenciesInput!) { importPlacementAgencies(input: $input) {
  __typename
  ... on MutationImportPlacementAgenciesSuccess { data { created updated } }
  ... on AgencyImportError { message problems { line message } }
  ... on Error { message }
} }`;

const LIST = `query($search: String) { placementAgencies(first: 100, search: $search) {
  edges { node { licenceNumber name city licenceValidFrom licenceValidUntil licensedToday } }
} }`;

const HEADER = "nomor_izin;nama;kota;berlaku_mulai;berlaku_sampai";

describe("importPlacementAgencies", () => {
  let api: TestApi;
  let admin: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    admin = await api.signInAs("admin");
  });
  afterAll(() => api?.cleanup());

  const importCsv = (csv: string, session = admin, headers?: Record<string, string>) =>
    api.gql(IMPORT, { input: { csv } }, { session, headers });
  const listed = async (search: string) =>
    (await api.gql(LIST, { search })).data!.placementAgencies.edges.map((e: { node: unknown }) => e.node);

  it("adds every row of a valid file, with quoted names and a byte order mark", async () => {
    const csv = [
      `\uFEFF${HEADER}`,
      "UJI-001/2024;PT Uji Satu Jaya;Jakarta Timur;2024-01-01;2029-12-31",
      '"UJI-002/2024";"PT Uji Dua; Tbk";Indramayu;2024-03-01;2025-02-28',
    ].join("\r\n");
    const result = await importCsv(csv);
    expect(result.data!.importPlacementAgencies).toEqual({
      __typename: "MutationImportPlacementAgenciesSuccess",
      data: { created: 2, updated: 0 },
    });
    expect(await listed("UJI-00")).toEqual([
      // By name.
      expect.objectContaining({
        licenceNumber: "UJI-002/2024",
        name: "PT Uji Dua; Tbk",
        licenceValidUntil: "2025-02-28T00:00:00.000Z",
        licensedToday: false,
      }),
      expect.objectContaining({ licenceNumber: "UJI-001/2024", name: "PT Uji Satu Jaya", licensedToday: true }),
    ]);
  });

  it("updates an agency by its licence number on re-import, with commas as separator", async () => {
    const csv = [
      HEADER.replaceAll(";", ","),
      "UJI-002/2024,PT Uji Dua Baru,Cirebon,2024-03-01,2030-02-28",
      "UJI-003/2024,PT Uji Tiga,Surabaya,2025-01-01,2028-01-01",
    ].join("\n");
    const result = await importCsv(csv);
    expect(result.data!.importPlacementAgencies.data).toEqual({ created: 1, updated: 1 });
    expect(await listed("UJI-002")).toEqual([
      expect.objectContaining({ name: "PT Uji Dua Baru", city: "Cirebon", licensedToday: true }),
    ]);
    const updated = await api.prisma.placementAgency.findUniqueOrThrow({ where: { licenceNumber: "UJI-002/2024" } });
    expect([updated.licenceValidFrom, updated.licenceValidUntil]).toEqual([
      new Date("2024-03-01T00:00:00Z"),
      new Date("2030-02-28T00:00:00Z"),
    ]);
    expect(await api.prisma.placementAgency.count({ where: { licenceNumber: { startsWith: "UJI-" } } })).toBe(3);
  });

  it("imports nothing when any row is wrong, and names every wrong row in the reader's language", async () => {
    const before = await api.prisma.placementAgency.findMany({ orderBy: { id: "asc" } });
    const csv = [
      HEADER,
      "UJI-004/2024;PT Uji Empat;Bandung;2024-01-01;2029-01-01",
      "UJI-001/2024;PT Uji Satu Berganti;Jakarta;2024-13-01;2029-01-01",
      ";PT Tanpa Izin;Bogor;2024-01-01;2029-01-01",
      "UJI-005/2024;PT Uji Lima;Bekasi;2026-01-01;2025-01-01",
      "UJI-004/2024;PT Uji Empat Lagi;Bandung;2024-01-01;2029-01-01",
      "UJI-006/2024;PT Kurang Kolom;2024-01-01",
    ].join("\n");
    const result = await importCsv(csv);
    expect(result.data!.importPlacementAgencies).toMatchObject({
      __typename: "AgencyImportError",
      message: "Tidak ada yang diimpor: 5 baris perlu diperbaiki.",
    });
    expect(result.data!.importPlacementAgencies.problems.map((p: { line: number }) => p.line)).toEqual([3, 4, 5, 6, 7]);
    expect(result.data!.importPlacementAgencies.problems[0].message).toBe("berlaku_mulai harus tanggal TTTT-BB-HH.");
    const english = await importCsv(csv, admin, { "accept-language": "en" });
    expect(english.data!.importPlacementAgencies.message).toBe("Nothing was imported: 5 row(s) need fixing.");
    expect(english.data!.importPlacementAgencies.problems[3].message).toBe(
      "Licence number UJI-004/2024 is already on line 2.",
    );
    expect(await api.prisma.placementAgency.findMany({ orderBy: { id: "asc" } })).toEqual(before);
  });

  it("refuses a file without the header", async () => {
    const result = await importCsv("UJI-009;PT Sembilan;Jakarta;2024-01-01;2029-01-01");
    expect(result.data!.importPlacementAgencies).toMatchObject({
      __typename: "AgencyImportError",
      problems: [{ line: 1, message: `Baris judul harus: ${HEADER}.` }],
    });
  });

  it("is for platform admins only", async () => {
    for (const role of ["villageOfficer", "partner", "household"] as const) {
      const session = await api.signInAs(role);
      const result = await importCsv(`${HEADER}\nUJI-010;PT Sepuluh;Jakarta;2024-01-01;2029-01-01`, session);
      expect(result.data?.importPlacementAgencies ?? null).toBeNull();
    }
    expect(await api.prisma.placementAgency.count({ where: { licenceNumber: "UJI-010" } })).toBe(0);
  });
});
