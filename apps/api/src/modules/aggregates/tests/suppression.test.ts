// The outside test's attack: a published total minus the published cells equals a suppressed one-household
// cell, at village, regency and province level. Every published figure must be a sum of published cells.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { recordRemittance } from "../../households/service.ts";

const STATS = `query($id: ID!) { node(id: $id) { ... on Village { stats { ...S } } ... on Regency { stats { ...S } }
  ... on Province { stats { ...S } } } }
  fragment S on RegionStats { summary { remitted { amount } productiveShareBps receivingHouseholds }
    remittanceInflow { month corridorCountry amount { amount } households } }`;

interface Stats {
  summary: { remitted: { amount: string }; productiveShareBps: number | null; receivingHouseholds: number | null };
  remittanceInflow: { month: string; corridorCountry: string; amount: { amount: string }; households: number }[];
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
/** An amount no other household sends, so it is recognisable wherever it would leak. */
const LONE_AMOUNT = 1_234_567n;

describe("small-cell suppression holds against subtraction", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  const ids = { province: "", regency: "", crowded: "", lone: "" };

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    // Given a new province with one regency and two villages: three households sending from Malaysia in one,
    // a single household sending from Malaysia in the other (its cell must stay hidden everywhere)
    const province = await api.prisma.province.create({ data: { code: "99", name: "Provinsi Uji" } });
    const regency = await api.prisma.regency.create({
      data: { code: "9901", name: "Kabupaten Uji", provinceId: province.id },
    });
    const village = (code: string, name: string) =>
      api.prisma.village.create({
        data: { code, slug: `desa-uji-${code}`, name, districtName: "Uji", regencyId: regency.id },
      });
    const crowded = await village("9901012001", "Ramai");
    const lone = await village("9901012002", "Sepi");
    Object.assign(ids, { province: province.id, regency: regency.id, crowded: crowded.id, lone: lone.id });
    const actor = (await api.prisma.user.findFirstOrThrow({ where: { isPlatformAdmin: true } })).id;
    const receivedOn = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
    const send = async (villageId: string, n: number, amountIdr: bigint) => {
      const household = await api.prisma.household.create({ data: { villageId, name: `Keluarga Uji ${n}` } });
      await recordRemittance(
        api.prisma,
        {
          householdId: household.id,
          amountMinor: amountIdr,
          currency: "IDR",
          rate: "1",
          corridorCountry: "MY",
          channel: "BANK",
          receivedOn,
          savingsIdr: amountIdr / 10n,
          investmentIdr: 0n,
          idempotencyKey: `suppression-${villageId}-${n}`,
        },
        actor,
      );
    };
    for (const n of [1, 2, 3]) await send(crowded.id, n, 2_000_000n * BigInt(n));
    await send(lone.id, 4, LONE_AMOUNT);
  });
  afterAll(() => api?.cleanup());

  const stats = async (type: string, id: string): Promise<Stats> => {
    const result = await api.gql(STATS, { id: gid(type, id) });
    expect(result.errors).toBeUndefined();
    return result.data!.node.stats as Stats;
  };
  const cellsTotal = (s: Stats) => s.remittanceInflow.reduce((sum, cell) => sum + BigInt(cell.amount.amount), 0n);

  it("makes every total the sum of its published cells, at every level", async () => {
    for (const [type, id] of [
      ["Village", ids.crowded],
      ["Village", ids.lone],
      ["Regency", ids.regency],
      ["Province", ids.province],
    ] as const) {
      const s = await stats(type, id);
      expect(BigInt(s.summary.remitted.amount), `${type} total minus its cells`).toBe(cellsTotal(s));
      for (const cell of s.remittanceInflow) expect(cell.households).toBeGreaterThanOrEqual(3);
    }
  });

  it("shows nothing of a village whose one household sends alone", async () => {
    const lone = await stats("Village", ids.lone);
    expect(lone.remittanceInflow).toEqual([]);
    expect(lone.summary.remitted.amount).toBe("0");
    expect(lone.summary.productiveShareBps).toBeNull();
    expect(lone.summary.receivingHouseholds).toBeNull();
  });

  it("leaves nothing to subtract between levels", async () => {
    const [crowded, lone, regency, province] = await Promise.all([
      stats("Village", ids.crowded),
      stats("Village", ids.lone),
      stats("Regency", ids.regency),
      stats("Province", ids.province),
    ]);
    const total = (s: Stats) => BigInt(s.summary.remitted.amount);
    expect(total(regency) - total(crowded) - total(lone)).toBe(0n);
    expect(total(province) - total(regency)).toBe(0n);
    // and the lone household's amount appears in no published figure, alone or as a difference
    const figures = [crowded, lone, regency, province].flatMap((s) => [
      total(s),
      ...s.remittanceInflow.map((cell) => BigInt(cell.amount.amount)),
    ]);
    for (const a of figures) {
      expect(a).not.toBe(LONE_AMOUNT);
      for (const b of figures) expect(a - b).not.toBe(LONE_AMOUNT);
    }
  });
});
