// The impact series: each metric per quarter, small cells suppressed at village level and never revealed by a
// region's figure, and the series agreeing with the area's other published figures.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { quarterLabel, quarterStart } from "../service.ts";

const IMPACT = `query($id: ID!) { node(id: $id) { ... on Village { stats { ...I } } ... on Regency { stats { ...I } }
  ... on Province { stats { ...I } } } }
  fragment I on RegionStats { summary { repaymentRateBps } remittanceInflow { month amount { amount } }
    impact { quarter remitted { amount } productiveShareBps remittingHouseholds businessesStarted businessesStillActive
      jobs raised { amount } repaid { amount } repaymentRateBps arrearsRateBps casesOpened casesResolved
      medianDaysToResolution trainingsCompleted } }`;

interface Quarter {
  quarter: string;
  remitted: { amount: string } | null;
  businessesStarted: number;
  businessesStillActive: number | null;
  jobs: number;
  repaymentRateBps: number | null;
  arrearsRateBps: number | null;
  casesOpened: number | null;
  casesResolved: number | null;
  medianDaysToResolution: number | null;
  trainingsCompleted: number | null;
}
interface Stats {
  summary: { repaymentRateBps: number | null };
  remittanceInflow: { month: string; amount: { amount: string } }[];
  impact: Quarter[];
}

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const DAY = 86_400_000;

describe("impact series", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  const ids = { province: "", regency: "", busy: "", quiet: "" };
  const now = new Date();
  const current = quarterLabel(quarterStart(now));
  // A date well inside the current quarter (WIB) and not in the future.
  const inQuarter = new Date(Math.max(quarterStart(now).getTime() + DAY, now.getTime() - DAY));

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    // Given a new province with one regency and two villages: in "busy", three protection cases resolved and three
    // trainings completed this quarter; in "quiet", one case and two trainings (both cells must stay hidden)
    const province = await api.prisma.province.create({ data: { code: "98", name: "Provinsi Dampak" } });
    const regency = await api.prisma.regency.create({
      data: { code: "9801", name: "Kabupaten Dampak", provinceId: province.id },
    });
    const village = (code: string, name: string) =>
      api.prisma.village.create({
        data: { code, slug: `desa-dampak-${code}`, name, districtName: "Dampak", regencyId: regency.id },
      });
    const busy = await village("9801012001", "Sibuk");
    const quiet = await village("9801012002", "Sunyi");
    Object.assign(ids, { province: province.id, regency: regency.id, busy: busy.id, quiet: quiet.id });

    const org = await api.prisma.organization.findFirstOrThrow();
    const program = await api.prisma.program.create({
      data: {
        slug: "pelatihan-dampak",
        organizationId: org.id,
        kind: (await api.prisma.program.findFirstOrThrow()).kind,
        title: "Pelatihan Dampak",
        startsOn: new Date(quarterStart(now).getTime()),
      },
    });
    const person = (villageId: string, n: number) =>
      api.prisma.person.create({ data: { villageId, fullName: `Warga Dampak ${n}` } });
    const resolvedCase = async (villageId: string, n: number, days: number) =>
      api.prisma.protectionCase.create({
        data: {
          personId: (await person(villageId, n)).id,
          villageId,
          type: "UNPAID_WAGES",
          status: "RESOLVED",
          summary: "Gaji tidak dibayar",
          openedAt: new Date(inQuarter.getTime() - days * DAY),
          closedAt: inQuarter,
        },
      });
    const completed = async (villageId: string, n: number) =>
      api.prisma.enrolment.create({
        data: {
          programId: program.id,
          personId: (await person(villageId, n)).id,
          status: "COMPLETED",
          consentGivenAt: inQuarter,
          completedAt: inQuarter,
        },
      });
    await resolvedCase(busy.id, 1, 10);
    await resolvedCase(busy.id, 2, 20);
    await resolvedCase(busy.id, 3, 40);
    await resolvedCase(quiet.id, 4, 400);
    for (const n of [5, 6, 7]) await completed(busy.id, n);
    for (const n of [8, 9]) await completed(quiet.id, n);

    // Two businesses started 15 months ago in "busy": one still active, one suspended
    const owner = await api.prisma.user.findFirstOrThrow({ where: { isPlatformAdmin: true } });
    const foundedAt = new Date(quarterStart(now, 5).getTime() + 10 * DAY);
    for (const [n, status, employees] of [
      [1, "ACTIVE", 4],
      [2, "SUSPENDED", 3],
    ] as const) {
      await api.prisma.business.create({
        data: {
          slug: `usaha-dampak-${n}`,
          name: `Usaha ${n}`,
          ownerId: owner.id,
          villageId: busy.id,
          status,
          employees,
          foundedAt,
        },
      });
    }
  });
  afterAll(() => api?.cleanup());

  const stats = async (type: string, id: string): Promise<Stats> => {
    const result = await api.gql(IMPACT, { id: gid(type, id) });
    expect(result.errors).toBeUndefined();
    return result.data!.node.stats as Stats;
  };
  const quarter = (s: Stats, label: string) => s.impact.find((q) => q.quarter === label)!;

  it("covers eight quarters, oldest first, up to the current one", async () => {
    const s = await stats("Village", ids.busy);
    expect(s.impact.map((q) => q.quarter)).toEqual(
      Array.from({ length: 8 }, (_, i) => quarterLabel(quarterStart(now, 7 - i))),
    );
    expect(s.impact.at(-1)!.quarter).toBe(current);
  });

  it("publishes cases and trainings only from cells of three or more, and sums only those upwards", async () => {
    const busy = quarter(await stats("Village", ids.busy), current);
    expect(busy).toMatchObject({ casesResolved: 3, medianDaysToResolution: 20, trainingsCompleted: 3 });
    const quiet = quarter(await stats("Village", ids.quiet), current);
    expect(quiet).toMatchObject({ casesResolved: null, medianDaysToResolution: null, trainingsCompleted: null });
    // The regency and province show the busy village's figures only: no subtraction reveals the quiet one's.
    for (const [type, id] of [
      ["Regency", ids.regency],
      ["Province", ids.province],
    ] as const) {
      expect(quarter(await stats(type, id), current)).toMatchObject({
        casesResolved: 3,
        medianDaysToResolution: 20,
        trainingsCompleted: 3,
      });
    }
  });

  it("counts a quarter's businesses, those still active after a year, and the jobs in active ones", async () => {
    const s = await stats("Village", ids.busy);
    const started = quarter(s, quarterLabel(quarterStart(now, 5)));
    expect(started).toMatchObject({ businessesStarted: 2, businessesStillActive: 1, jobs: 4 });
    expect(quarter(s, current)).toMatchObject({ businessesStarted: 0, businessesStillActive: null, jobs: 4 });
  });

  it("agrees with the area's published remittance cells and repayment rate", async () => {
    const province = await api.prisma.province.findFirstOrThrow({ where: { code: "32" } });
    const s = await stats("Province", province.id);
    // Each quarter's remittances are the sum of that quarter's published monthly cells.
    for (const q of s.impact) {
      const [year, n] = q.quarter.split("-Q").map(Number) as [number, number];
      const months = [0, 1, 2].map((i) => `${year}-${String((n - 1) * 3 + i + 1).padStart(2, "0")}`);
      const cells = s.remittanceInflow.filter((c) => months.includes(c.month));
      if (cells.length === 0 || months.some((m) => m < s.remittanceInflow[0]!.month)) continue;
      expect(BigInt(q.remitted!.amount)).toBe(cells.reduce((sum, c) => sum + BigInt(c.amount.amount), 0n));
    }
    expect(s.impact.some((q) => q.remitted !== null)).toBe(true);
    const last = s.impact.at(-1)!;
    expect(last.repaymentRateBps).toBe(
      s.summary.repaymentRateBps === null ? null : Math.min(s.summary.repaymentRateBps, 10_000),
    );
    // Both are rounded down from the same two sums, so together they make 100% to within one basis point.
    if (last.repaymentRateBps !== null) {
      expect(Math.abs(last.arrearsRateBps! + last.repaymentRateBps - 10_000)).toBeLessThanOrEqual(1);
    }
  });

  it("answers for the whole country", async () => {
    const result = await api.gql(`{ nationalImpact { quarter remitted { amount } casesResolved trainingsCompleted } }`);
    expect(result.errors).toBeUndefined();
    const national = result.data!.nationalImpact as { quarter: string; casesResolved: number | null }[];
    expect(national).toHaveLength(8);
    expect(national.at(-1)!.casesResolved).toBeGreaterThanOrEqual(3);
  });
});
