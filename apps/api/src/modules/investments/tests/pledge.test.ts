import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";
import { createSession } from "../../auth/sessions.ts";
import { CURRENT_DISCLOSURE } from "../disclosure.ts";
import { fundedHousehold, gid, openRound } from "./fixtures.ts";

const PLEDGE = `mutation($input: PledgeInput!) { pledgeToRound(input: $input) { __typename
  ... on Error { message }
  ... on MutationPledgeToRoundSuccess { data { pledge { amount { amount } status } } } } }`;

describe("pledging to a funding round", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  async function investor(walletIdr: bigint, incomeIdr?: bigint | null, member = true) {
    const f = await fundedHousehold(api.prisma, { walletIdr, incomeIdr, member });
    const { token } = await createSession(api.prisma, f.user.id, "vitest");
    return { ...f, token };
  }
  const pledgeAs = (
    who: { household: { id: string }; token: string },
    roundId: string,
    amountIdr: string,
    key = `p-${Math.random()}`,
    disclosure: { acceptedDisclosureVersion?: string | null } = {
      acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
    },
  ) =>
    api.gql(
      PLEDGE,
      {
        input: {
          roundId: gid("FundingRound", roundId),
          householdId: gid("Household", who.household.id),
          amountIdr,
          idempotencyKey: key.padEnd(8, "x"),
          ...disclosure,
        },
      },
      { session: who.token },
    );
  const wallet = async (householdId: string) =>
    (await api.prisma.account.findUnique({ where: { key: `household:${householdId}:wallet` } }))?.balance ?? 0n;

  describe("the risk statement", () => {
    const DISCLOSURE = `{ pledgeDisclosure { version paragraphsId paragraphsEn } }`;

    it("is one public statement, in Indonesian and English, also on every round", async () => {
      const res = await api.gql(DISCLOSURE);
      expect(res.errors).toBeUndefined();
      const d = res.data!.pledgeDisclosure;
      expect(d.version).toBe(CURRENT_DISCLOSURE.version);
      expect(d.version).toMatch(/^\d{4}-\d{2}-\d+$/);
      expect(d.paragraphsId.length).toBeGreaterThanOrEqual(4);
      expect(d.paragraphsEn).toHaveLength(d.paragraphsId.length);
      expect(d.paragraphsId.join(" ")).toMatch(/hilang/);
      expect(d.paragraphsEn.join(" ")).toMatch(/lost/);
      const round = await openRound(api.prisma, { targetIdr: 1_000_000n, minIdr: 100_000n, maxIdr: 500_000n });
      const viaRound = await api.gql(
        `query($slug: String!) { fundingRound(slug: $slug) { pledgeDisclosure { version } } }`,
        {
          slug: round.slug,
        },
      );
      expect(viaRound.data!.fundingRound.pledgeDisclosure.version).toBe(CURRENT_DISCLOSURE.version);
    });

    it("refuses a pledge that names no statement, moving nothing, in the caller's language", async () => {
      const round = await openRound(api.prisma, { targetIdr: 10_000_000n, minIdr: 100_000n, maxIdr: 2_000_000n });
      const who = await investor(1_000_000n);
      for (const disclosure of [{}, { acceptedDisclosureVersion: null }, { acceptedDisclosureVersion: "" }]) {
        const res = await pledgeAs(who, round.id, "500000", undefined, disclosure);
        expect(res.data!.pledgeToRound).toMatchObject({
          __typename: "DisclosureNotAcceptedError",
          message: expect.stringMatching(/pernyataan risiko/i),
        });
      }
      const en = await api.gql(
        `mutation($input: PledgeInput!) { pledgeToRound(input: $input) { __typename ... on Error { message } } }`,
        {
          input: {
            roundId: gid("FundingRound", round.id),
            householdId: gid("Household", who.household.id),
            amountIdr: "500000",
            idempotencyKey: "no-disclosure-en",
          },
        },
        { session: who.token, headers: { "accept-language": "en" } },
      );
      expect(en.data!.pledgeToRound.message).toMatch(/risk statement/);
      expect(await wallet(who.household.id)).toBe(1_000_000n);
      expect(await api.prisma.pledge.count({ where: { roundId: round.id } })).toBe(0);
    });

    it("refuses a pledge that accepted an older statement, moving nothing", async () => {
      const round = await openRound(api.prisma, { targetIdr: 10_000_000n, minIdr: 100_000n, maxIdr: 2_000_000n });
      const who = await investor(1_000_000n);
      const res = await pledgeAs(who, round.id, "500000", undefined, { acceptedDisclosureVersion: "2025-01-1" });
      expect(res.data!.pledgeToRound.__typename).toBe("DisclosureNotAcceptedError");
      expect(res.data!.pledgeToRound.message).toMatch(/diperbarui/);
      expect(await wallet(who.household.id)).toBe(1_000_000n);
      expect(await api.prisma.pledge.count({ where: { roundId: round.id } })).toBe(0);
      expect(
        await api.prisma.journalEntry.count({
          where: { kind: "PLEDGE", postings: { some: { account: { householdId: who.household.id } } } },
        }),
      ).toBe(0);
    });

    it("records the accepted version on the pledge and shows it with the household's cap use", async () => {
      const round = await openRound(api.prisma, {
        targetIdr: 10_000_000n,
        minIdr: 100_000n,
        maxIdr: 2_000_000n,
        isPublic: true,
      });
      const who = await investor(1_000_000n, 120_000_000n);
      const res = await pledgeAs(who, round.id, "400000");
      expect(res.data!.pledgeToRound.__typename).toBe("MutationPledgeToRoundSuccess");
      const row = await api.prisma.pledge.findFirstOrThrow({ where: { roundId: round.id } });
      expect(row.disclosureVersion).toBe(CURRENT_DISCLOSURE.version);
      const read = await api.gql(
        `query($id: ID!) { node(id: $id) { ... on Household {
          pledges(first: 5) { edges { node { disclosureVersion } } }
          investmentCap { year limit { amount } used { amount } remaining { amount } } } } }`,
        { id: gid("Household", who.household.id) },
        { session: who.token },
      );
      expect(read.errors).toBeUndefined();
      expect(read.data!.node.pledges.edges[0].node.disclosureVersion).toBe(CURRENT_DISCLOSURE.version);
      // 5% of Rp 120 million is Rp 6 million; Rp 400,000 of it used this year.
      expect(read.data!.node.investmentCap).toEqual({
        year: new Date().getUTCFullYear(),
        limit: { amount: "6000000" },
        used: { amount: "400000" },
        remaining: { amount: "5600000" },
      });
    });
  });

  it("moves savings from the wallet to escrow within the ticket limits", async () => {
    const round = await openRound(api.prisma, { targetIdr: 10_000_000n, minIdr: 500_000n, maxIdr: 2_000_000n });
    const who = await investor(3_000_000n);
    const small = await pledgeAs(who, round.id, "499999");
    expect(small.data!.pledgeToRound.__typename).toBe("TicketOutOfRangeError");

    const ok = await pledgeAs(who, round.id, "1500000");
    expect(ok.data!.pledgeToRound.data.pledge).toEqual({ amount: { amount: "1500000" }, status: "ACTIVE" });
    expect(await wallet(who.household.id)).toBe(1_500_000n);

    // The household's total in the round may not pass the max ticket.
    const over = await pledgeAs(who, round.id, "600000");
    expect(over.data!.pledgeToRound.__typename).toBe("TicketOutOfRangeError");
    expect(await wallet(who.household.id)).toBe(1_500_000n);
  });

  it("refuses a pledge larger than the wallet, moving nothing", async () => {
    const round = await openRound(api.prisma, { targetIdr: 10_000_000n, minIdr: 100_000n, maxIdr: 5_000_000n });
    const who = await investor(200_000n);
    const result = await pledgeAs(who, round.id, "300000");
    expect(result.data!.pledgeToRound.__typename).toBe("InsufficientFundsError");
    expect(await wallet(who.household.id)).toBe(200_000n);
    expect(await api.prisma.pledge.count({ where: { roundId: round.id } })).toBe(0);
  });

  it("applies the OJK yearly cap (5% of declared income) on public rounds only", async () => {
    const publicRound = await openRound(api.prisma, {
      targetIdr: 50_000_000n,
      minIdr: 100_000n,
      maxIdr: 20_000_000n,
      isPublic: true,
    });
    const memberRound = await openRound(api.prisma, {
      targetIdr: 50_000_000n,
      minIdr: 100_000n,
      maxIdr: 20_000_000n,
      isPublic: false,
    });
    const who = await investor(10_000_000n, 60_000_000n); // cap: Rp 3.000.000 a year
    const noIncome = await investor(1_000_000n, null);

    expect((await pledgeAs(noIncome, publicRound.id, "100000")).data!.pledgeToRound.__typename).toBe(
      "IncomeNotDeclaredError",
    );
    expect((await pledgeAs(who, publicRound.id, "2000000")).data!.pledgeToRound.__typename).toBe(
      "MutationPledgeToRoundSuccess",
    );
    const capped = await pledgeAs(who, publicRound.id, "1000001");
    expect(capped.data!.pledgeToRound).toMatchObject({ __typename: "InvestmentCapExceededError" });
    expect(capped.data!.pledgeToRound.message).toContain("Rp 3.000.000");
    // Member-only cooperative rounds are exempt from the public-offering cap.
    expect((await pledgeAs(who, memberRound.id, "5000000")).data!.pledgeToRound.__typename).toBe(
      "MutationPledgeToRoundSuccess",
    );
  });

  it("holds the OJK cap across rounds when pledges to two rounds race", async () => {
    // Given a household with Rp 799.999 of its Rp 800.000 yearly cap left, and two public rounds
    const rounds = await Promise.all(
      [1, 2, 3].map(() =>
        openRound(api.prisma, { targetIdr: 50_000_000n, minIdr: 1n, maxIdr: 20_000_000n, isPublic: true }),
      ),
    );
    const who = await investor(5_000_000n, 16_000_000n);
    expect((await pledgeAs(who, rounds[0]!.id, "1")).data!.pledgeToRound.__typename).toBe(
      "MutationPledgeToRoundSuccess",
    );
    // When Rp 400.000 goes to each of the two other rounds at the same moment
    const raced = await Promise.all([pledgeAs(who, rounds[1]!.id, "400000"), pledgeAs(who, rounds[2]!.id, "400000")]);
    // Then exactly one goes through and the year's public pledges stay within the cap
    expect(raced.map((r) => r.data!.pledgeToRound.__typename).sort()).toEqual([
      "InvestmentCapExceededError",
      "MutationPledgeToRoundSuccess",
    ]);
    const used = await api.prisma.pledge.aggregate({
      where: { householdId: who.household.id, status: "ACTIVE" },
      _sum: { amountIdr: true },
    });
    expect(used._sum.amountIdr).toBe(400_001n);
  });

  it("lets only the family pledge its wallet, not a platform admin", async () => {
    const round = await openRound(api.prisma, { targetIdr: 10_000_000n, minIdr: 100_000n, maxIdr: 5_000_000n });
    const who = await investor(1_000_000n);
    const admin = await api.signInAs("admin");
    const taken = await api.gql(
      PLEDGE,
      {
        input: {
          roundId: gid("FundingRound", round.id),
          householdId: gid("Household", who.household.id),
          amountIdr: "500000",
          idempotencyKey: `admin-${Math.random()}`,
        },
      },
      { session: admin },
    );
    expect(taken.data?.pledgeToRound ?? null).toBeNull();
    expect(await wallet(who.household.id)).toBe(1_000_000n);
  });

  it("takes pledges to a members-only round only from households with an active member of its cooperative", async () => {
    const memberRound = await openRound(api.prisma, {
      targetIdr: 50_000_000n,
      minIdr: 100_000n,
      maxIdr: 20_000_000n,
      isPublic: false,
    });
    const publicRound = await openRound(api.prisma, {
      targetIdr: 50_000_000n,
      minIdr: 100_000n,
      maxIdr: 20_000_000n,
      isPublic: true,
    });
    const cooperative = await api.prisma.cooperative.findUniqueOrThrow({ where: { id: memberRound.cooperativeId } });
    const outsider = await investor(1_000_000n, 120_000_000n, false);

    // Given a household with no member of the cooperative, when it pledges to a members-only round, it is refused.
    const refused = await pledgeAs(outsider, memberRound.id, "100000");
    expect(refused.data!.pledgeToRound).toMatchObject({ __typename: "MembersOnlyRoundError" });
    expect(refused.data!.pledgeToRound.message).toContain(cooperative.name);
    expect(await wallet(outsider.household.id)).toBe(1_000_000n);
    expect(await api.prisma.pledge.count({ where: { roundId: memberRound.id } })).toBe(0);
    // A round offered to the public takes it.
    expect((await pledgeAs(outsider, publicRound.id, "100000")).data!.pledgeToRound.__typename).toBe(
      "MutationPledgeToRoundSuccess",
    );

    // When the household's spouse (not the head) joins the cooperative, the household may pledge.
    const spouse = await api.prisma.person.create({
      data: { villageId: cooperative.villageId, fullName: "Istri Uji" },
    });
    await api.prisma.householdMember.create({
      data: { householdId: outsider.household.id, personId: spouse.id, relationship: "SPOUSE" },
    });
    const membership = await api.prisma.membership.create({
      data: { cooperativeId: cooperative.id, personId: spouse.id, memberNumber: `SP-${spouse.id.slice(0, 8)}` },
    });
    expect((await pledgeAs(outsider, memberRound.id, "100000")).data!.pledgeToRound.__typename).toBe(
      "MutationPledgeToRoundSuccess",
    );

    // A member who has left no longer counts.
    await api.prisma.membership.update({ where: { id: membership.id }, data: { status: "LEFT", leftAt: new Date() } });
    expect((await pledgeAs(outsider, memberRound.id, "100000")).data!.pledgeToRound.__typename).toBe(
      "MembersOnlyRoundError",
    );
    expect(await wallet(outsider.household.id)).toBe(800_000n);
  });

  it("refuses pledges past the target, and to a round not open (not yet, funded, or past its deadline)", async () => {
    const round = await openRound(api.prisma, { targetIdr: 1_000_000n, minIdr: 100_000n, maxIdr: 1_000_000n });
    const a = await investor(1_000_000n);
    const b = await investor(1_000_000n);
    expect((await pledgeAs(a, round.id, "900000")).data!.pledgeToRound.__typename).toBe("MutationPledgeToRoundSuccess");
    const over = await pledgeAs(b, round.id, "200000");
    expect(over.data!.pledgeToRound).toMatchObject({ __typename: "RoundOversubscribedError" });
    expect(over.data!.pledgeToRound.message).toContain("Rp 100.000");
    expect((await pledgeAs(b, round.id, "100000")).data!.pledgeToRound.__typename).toBe("MutationPledgeToRoundSuccess");
    // Funded: closed to pledges.
    expect((await pledgeAs(b, round.id, "100000")).data!.pledgeToRound.__typename).toBe("RoundNotOpenError");

    const later = await openRound(api.prisma, { targetIdr: 1_000_000n, minIdr: 100_000n, maxIdr: 1_000_000n });
    await api.prisma.fundingRound.update({
      where: { id: later.id },
      data: { opensAt: new Date(Date.now() + 86_400_000), closesAt: new Date(Date.now() + 2 * 86_400_000) },
    });
    expect((await pledgeAs(b, later.id, "100000")).data!.pledgeToRound.__typename).toBe("RoundNotOpenError");
    await api.prisma.fundingRound.update({
      where: { id: later.id },
      data: { opensAt: new Date(Date.now() - 2 * 86_400_000), closesAt: new Date(Date.now() - 1000) },
    });
    expect((await pledgeAs(b, later.id, "100000")).data!.pledgeToRound.__typename).toBe("RoundNotOpenError");
    expect(await wallet(b.household.id)).toBe(900_000n);
  });

  it("never exceeds the target when many households pledge at once, and marks the round FUNDED", async () => {
    const round = await openRound(api.prisma, { targetIdr: 1_000_000n, minIdr: 100_000n, maxIdr: 1_000_000n });
    const investors = await Promise.all(Array.from({ length: 15 }, () => investor(100_000n)));
    const results = await Promise.all(investors.map((who) => pledgeAs(who, round.id, "100000")));
    const kinds = results.map((r) => r.data!.pledgeToRound.__typename);
    expect(kinds.filter((k) => k === "MutationPledgeToRoundSuccess")).toHaveLength(10);
    // Once funded the round is closed to pledges, so the rest are refused either way.
    expect(kinds.filter((k) => k === "RoundOversubscribedError" || k === "RoundNotOpenError")).toHaveLength(5);
    const after = await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: round.id } });
    expect(after.status).toBe("FUNDED");
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: `round:${round.id}:escrow` } })).balance).toBe(
      1_000_000n,
    );
  });

  it("turns 1,000 replays of one pledge into a single pledge", async () => {
    const round = await openRound(api.prisma, { targetIdr: 100_000_000n, minIdr: 100_000n, maxIdr: 10_000_000n });
    const who = await investor(1_000_000n);
    const key = "replayed-pledge-key";
    for (let batch = 0; batch < 20; batch++) {
      const results = await Promise.all(Array.from({ length: 50 }, () => pledgeAs(who, round.id, "250000", key)));
      expect(results.every((r) => r.data?.pledgeToRound.__typename === "MutationPledgeToRoundSuccess")).toBe(true);
    }
    expect(await api.prisma.pledge.count({ where: { roundId: round.id } })).toBe(1);
    expect(await wallet(who.household.id)).toBe(750_000n);
    expect((await pledgeAs(who, round.id, "300000", key)).data!.pledgeToRound.__typename).toBe(
      "IdempotencyConflictError",
    );
    // ~10 s alone; PGlite serialises all 1,000 in this process, so a busy 2-core machine can take minutes.
  }, 300_000);

  it("keeps every ledger invariant", async () => {
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
  });
});
