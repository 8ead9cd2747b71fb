// The village cells kept by triggers (migration *_remittance_cells) must give exactly the figures computed from the
// remittances themselves, stay exact after every kind of write, and be rebuilt by the job when the window moves.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { recordRemittance } from "../../households/service.ts";
import { loadInflow, loadSummaries, rebuildRemittanceCells, type RegionKey } from "../service.ts";

describe("remittance aggregates from the village cells", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let regions: RegionKey[];
  let actor: string;

  /** Every region's figures as the API reads them now. */
  const figures = async () => ({
    summaries: await loadSummaries(api.prisma, regions),
    inflow: await loadInflow(api.prisma, regions),
  });
  /** The same figures computed from the remittances (the cells marked as belonging to another window). */
  async function fromRemittances() {
    const [saved] = await api.prisma.$queryRaw<{ windowStart: string }[]>`
      SELECT "windowStart"::text AS "windowStart" FROM "RemittanceCellWindow" WHERE "id" = 1`;
    await api.prisma.$executeRaw`UPDATE "RemittanceCellWindow" SET "windowStart" = '2000-01-01' WHERE "id" = 1`;
    try {
      return await figures();
    } finally {
      await api.prisma
        .$executeRaw`UPDATE "RemittanceCellWindow" SET "windowStart" = ${saved!.windowStart}::date WHERE "id" = 1`;
    }
  }
  const thisMonth = () => new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth(), 1));
  const send = (householdId: string, key: string, amountIdr = 750_000n, corridorCountry = "MY") =>
    recordRemittance(
      api.prisma,
      {
        householdId,
        amountMinor: amountIdr,
        currency: "IDR",
        rate: "1",
        corridorCountry,
        channel: "BANK",
        receivedOn: thisMonth(),
        savingsIdr: amountIdr / 5n,
        investmentIdr: 0n,
        idempotencyKey: key,
      },
      actor,
    );

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    actor = (await api.prisma.user.findFirstOrThrow({ where: { isPlatformAdmin: true } })).id;
    const villages = await api.prisma.village.findMany({
      where: { households: { some: { remittances: { some: {} } } } },
      select: { id: true, regencyId: true, regency: { select: { provinceId: true } } },
    });
    regions = [
      ...villages.map((v) => ({ kind: "village" as const, id: v.id })),
      ...[...new Set(villages.map((v) => v.regencyId))].map((id) => ({ kind: "regency" as const, id })),
      ...[...new Set(villages.map((v) => v.regency.provinceId))].map((id) => ({ kind: "province" as const, id })),
    ];
  });
  afterAll(() => api?.cleanup());

  it("gives the seeded regions exactly the figures computed from their remittances", async () => {
    // given the demo seed, recorded through the service (the triggers kept the cells)
    const cells = await api.prisma.remittanceCell.count();
    expect(cells).toBeGreaterThan(0);
    // when both ways are read; then they are equal, and not empty
    const kept = await figures();
    expect(kept).toEqual(await fromRemittances());
    expect(kept.summaries.some((s) => s.remittedIdr > 0n)).toBe(true);
  });

  it("stays exact after a new remittance and a household moving village", async () => {
    const [first, second] = await api.prisma.household.findMany({
      where: { remittances: { some: {} } },
      orderBy: { id: "asc" },
      take: 2,
    });
    const before = await figures();
    // when a household records a remittance from a new corridor, and another household moves village
    await send(first!.id, "cells-new", 900_000n, "SA");
    const elsewhere = await api.prisma.village.findFirstOrThrow({ where: { id: { not: second!.villageId } } });
    await api.prisma.household.update({ where: { id: second!.id }, data: { villageId: elsewhere.id } });
    // then the cells say what the remittances say, and the figures changed
    const after = await figures();
    expect(after).toEqual(await fromRemittances());
    expect(after).not.toEqual(before);
  });

  it("counts both of two remittances written at the same time in one village", async () => {
    const households = await api.prisma.household.findMany({
      where: {
        villageId: (await api.prisma.household.findFirstOrThrow({ where: { remittances: { some: {} } } })).villageId,
      },
      take: 2,
    });
    await Promise.all(households.map((h, i) => send(h.id, `cells-concurrent-${i}`, 1_000_000n + BigInt(i))));
    expect(await figures()).toEqual(await fromRemittances());
  });

  it("is rebuilt by the job for a new window, and read from the remittances until then", async () => {
    // given cells for last month's window (the month has turned since they were built)
    const lastMonth = new Date(Date.UTC(new Date().getUTCFullYear(), new Date().getUTCMonth() - 1, 15));
    expect(await rebuildRemittanceCells(api.prisma, lastMonth)).toBe(true);
    // when the figures are read now; then they are the remittances' own (not last window's cells)
    const live = await fromRemittances();
    expect(await figures()).toEqual(live);
    // when the job runs now; then it rebuilds once, and the cells give the same figures
    expect(await rebuildRemittanceCells(api.prisma)).toBe(true);
    expect(await rebuildRemittanceCells(api.prisma)).toBe(false);
    expect(await figures()).toEqual(live);
  });
});
