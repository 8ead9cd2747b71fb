// Money records are append-only in the database itself (triggers in the first migration): a correction is a
// reversing entry, never an edit. This tries the edits a careless script or an attacker with SQL would make.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { adoptAnnualReport } from "../../../../test/governance.ts";
import { createTestApi } from "../../../../test/harness.ts";
import { runShu } from "../../shu/service.ts";

const TABLES = [
  "Posting",
  "JournalEntry",
  "Remittance",
  "RemittanceAllocation",
  "Repayment",
  "Distribution",
  "ShuAllocation",
];

describe("append-only money records", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    // The demo data has no SHU run; one gives ShuAllocation rows to try.
    const cooperative = await api.prisma.cooperative.findFirstOrThrow({ where: { memberships: { some: {} } } });
    const admin = await api.prisma.user.findUniqueOrThrow({ where: { email: "admin@desamigran.id" } });
    const year = { cooperativeId: cooperative.id, fiscalYear: 2021, surplusIdr: 1_000_000n };
    await adoptAnnualReport(api.prisma, year);
    await runShu(api.prisma, year, admin.id);
  });
  afterAll(() => api?.cleanup());

  const count = async (table: string) =>
    Number((await api.prisma.$queryRawUnsafe<{ n: bigint }[]>(`SELECT count(*) AS n FROM "${table}"`))[0]!.n);

  it.each(TABLES)("refuses to update or delete a row of %s", async (table) => {
    const before = await count(table);
    expect(before).toBeGreaterThan(0);
    const one = `(SELECT "id" FROM "${table}" LIMIT 1)`;
    await expect(api.prisma.$executeRawUnsafe(`UPDATE "${table}" SET "id" = "id" WHERE "id" = ${one}`)).rejects.toThrow(
      /append-only/,
    );
    await expect(api.prisma.$executeRawUnsafe(`DELETE FROM "${table}" WHERE "id" = ${one}`)).rejects.toThrow(
      /append-only/,
    );
    expect(await count(table)).toBe(before);
  });

  it("refuses to delete an account", async () => {
    const before = await count("Account");
    await expect(
      api.prisma.$executeRawUnsafe(`DELETE FROM "Account" WHERE "id" = (SELECT "id" FROM "Account" LIMIT 1)`),
    ).rejects.toThrow(/append-only/);
    expect(await count("Account")).toBe(before);
  });
});
