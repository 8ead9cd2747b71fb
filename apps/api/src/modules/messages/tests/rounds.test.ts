// Funding rounds' messages: a fully funded round tells the entrepreneur and every investing household's members; the
// arrears sweep tells investors of an overdue instalment once, however often it runs.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { runJobOnce } from "../../../jobs/runner.ts";
import { wibDay } from "../../funding/schedule.ts";
import { CURRENT_DISCLOSURE } from "../../investments/disclosure.ts";
import { pledge } from "../../investments/service.ts";
import { fundedHousehold, openRound } from "../../investments/tests/fixtures.ts";
import { arrearsJob } from "../jobs.ts";

type TestApi = Awaited<ReturnType<typeof createTestApi>>;

describe("messages of funding rounds", () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  }, 180_000);
  afterAll(() => api?.cleanup());

  const give = (who: Awaited<ReturnType<typeof fundedHousehold>>, roundId: string, amountIdr: bigint) =>
    pledge(
      api.prisma,
      {
        roundId,
        householdId: who.household.id,
        amountIdr,
        idempotencyKey: `messages-${Math.random()}`,
        acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
      },
      who.user.id,
    );

  it("tells the entrepreneur and each investor, in their own language, when a round is fully funded", async () => {
    // given an open round of Rp 1.000.000 and two investing households, one reading English
    const round = await openRound(api.prisma, { targetIdr: 1_000_000n, minIdr: 100_000n, maxIdr: 1_000_000n });
    const siti = await fundedHousehold(api.prisma, { walletIdr: 600_000n });
    const jane = await fundedHousehold(api.prisma, { walletIdr: 600_000n });
    await api.prisma.user.update({ where: { id: jane.user.id }, data: { locale: "en" } });
    const owner = await api.prisma.user.findUniqueOrThrow({ where: { id: round.business.ownerId } });
    const since = new Date();

    // when the first pledge leaves the round short, nobody is told it is funded
    await give(siti, round.id, 500_000n);
    expect(await api.prisma.outboxMessage.count({ where: { kind: "round.funded", createdAt: { gte: since } } })).toBe(
      0,
    );

    // when the second reaches the target
    await give(jane, round.id, 500_000n);

    // then the entrepreneur and both investors are told, each once, in their language
    const funded = await api.prisma.outboxMessage.findMany({
      where: { kind: "round.funded", createdAt: { gte: since } },
    });
    expect(funded.map((m) => m.toEmail).sort()).toEqual([owner.email, siti.user.email, jane.user.email].sort());
    const toJane = funded.find((m) => m.toEmail === jane.user.email)!;
    expect(toJane.subject).toBe(`Round "${round.title}" is fully funded`);
    expect(toJane.body).toContain("The round");
    expect(toJane.body).toContain("Rp 1,000,000");
    const toSiti = funded.find((m) => m.toEmail === siti.user.email)!;
    expect(toSiti.subject).toBe(`Putaran "${round.title}" terdanai penuh`);
    expect(toSiti.body).toContain("Rp 1.000.000");
    expect(funded.find((m) => m.toEmail === owner.email)!.body).toContain("ke usaha Anda");
  });

  it("tells each investor of an overdue instalment once, however often the sweep runs", async () => {
    // given a repaying round with two investors and an instalment due yesterday (WIB), unpaid
    const round = await openRound(api.prisma, { targetIdr: 400_000n, minIdr: 100_000n, maxIdr: 400_000n });
    const a = await fundedHousehold(api.prisma, { walletIdr: 300_000n });
    const b = await fundedHousehold(api.prisma, { walletIdr: 300_000n });
    await give(a, round.id, 200_000n);
    await give(b, round.id, 200_000n);
    await api.prisma.fundingRound.update({ where: { id: round.id }, data: { status: "REPAYING" } });
    const now = new Date();
    const yesterday = new Date(wibDay(now).getTime() - 86_400_000);
    const nextMonth = new Date(wibDay(now).getTime() + 30 * 86_400_000);
    await api.prisma.repaymentSchedule.createMany({
      data: [
        { roundId: round.id, sequence: 1, dueOn: yesterday, principalIdr: 100_000n, returnIdr: 12_000n },
        { roundId: round.id, sequence: 2, dueOn: nextMonth, principalIdr: 100_000n, returnIdr: 12_000n },
      ],
    });
    const arrears = () =>
      api.prisma.outboxMessage.findMany({ where: { kind: "round.arrears", body: { contains: round.title } } });

    // when the sweep runs, twice, and twice more at once (two replicas)
    await runJobOnce(api.prisma, arrearsJob, now);
    await runJobOnce(api.prisma, arrearsJob, now);
    await Promise.all([runJobOnce(api.prisma, arrearsJob, now), runJobOnce(api.prisma, arrearsJob, now)]);

    // then each investor was told once, of the overdue instalment only, with what is missing
    const told = await arrears();
    expect(told.map((m) => m.toEmail).sort()).toEqual([a.user.email, b.user.email].sort());
    expect(told[0]!.body).toContain("kurang Rp 112.000");
    expect(told[0]!.subject).toBe(`Angsuran "${round.title}" menunggak`);
  });
});
