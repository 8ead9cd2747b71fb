import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";
import { CURRENT_DISCLOSURE } from "../disclosure.ts";
import { pledge } from "../service.ts";
import { fundedHousehold, gid, roundWithOfficerAndOwner, walletBalance } from "./fixtures.ts";

const v = CURRENT_DISCLOSURE.version;

const ACTION = (name: string) => `mutation($input: FundingRoundActionInput!) { ${name}(input: $input) { __typename
  ... on Error { message } ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { status } } } }`;
const REPAY = `mutation($input: RecordRepaymentInput!) { recordRepayment(input: $input) { __typename
  ... on Error { message } ... on MutationRecordRepaymentSuccess { data { repayment { amount { amount } kind } } } } }`;

describe("a round from pledges to repayment", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  const wallet = (householdId: string) => walletBalance(api.prisma, householdId);

  it("refunds every pledge in full when the round misses its target by the deadline", async () => {
    const { round, officer } = await roundWithOfficerAndOwner(api, 5_000_000n);
    const a = await fundedHousehold(api.prisma, { walletIdr: 1_000_000n });
    const b = await fundedHousehold(api.prisma, { walletIdr: 2_000_000n });
    await pledge(
      api.prisma,
      {
        roundId: round.id,
        householdId: a.household.id,
        amountIdr: 700_000n,
        idempotencyKey: "refund-a",
        acceptedDisclosureVersion: v,
      },
      a.user.id,
    );
    await pledge(
      api.prisma,
      {
        roundId: round.id,
        householdId: b.household.id,
        amountIdr: 1_300_000n,
        idempotencyKey: "refund-b",
        acceptedDisclosureVersion: v,
      },
      b.user.id,
    );

    const early = await api.gql(
      ACTION("closeFundingRound"),
      { input: { roundId: gid("FundingRound", round.id) } },
      { session: officer },
    );
    expect(early.data!.closeFundingRound.__typename).toBe("InvalidRoundStateError");

    await api.prisma.fundingRound.update({
      where: { id: round.id },
      data: { opensAt: new Date(Date.now() - 10 * 86_400_000), closesAt: new Date(Date.now() - 1000) },
    });
    const closed = await api.gql(
      ACTION("closeFundingRound"),
      { input: { roundId: gid("FundingRound", round.id) } },
      { session: officer },
    );
    expect(closed.data!.closeFundingRound.data.status).toBe("CLOSED_UNDERFUNDED");
    expect(await wallet(a.household.id)).toBe(1_000_000n);
    expect(await wallet(b.household.id)).toBe(2_000_000n);
    expect(await api.prisma.pledge.count({ where: { roundId: round.id, status: "REFUNDED" } })).toBe(2);
  });

  it("disburses a funded round and passes repayments to investors pro rata, exact to the rupiah", async () => {
    const { round, officer, owner } = await roundWithOfficerAndOwner(api, 3_000_000n);
    const investors = await Promise.all(
      [1_000_000n, 1_000_000n, 1_000_000n].map((w) => fundedHousehold(api.prisma, { walletIdr: w })),
    );
    const amounts = [1_000_000n, 1_000_000n, 1_000_000n];
    for (const [i, who] of investors.entries()) {
      await pledge(
        api.prisma,
        {
          roundId: round.id,
          householdId: who.household.id,
          amountIdr: amounts[i]!,
          idempotencyKey: `fund-${round.id}-${i}`,
          acceptedDisclosureVersion: v,
        },
        who.user.id,
      );
    }
    expect((await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("FUNDED");

    const disbursed = await api.gql(
      ACTION("disburseFundingRound"),
      { input: { roundId: gid("FundingRound", round.id) } },
      { session: officer },
    );
    expect(disbursed.data!.disburseFundingRound.data.status).toBe("REPAYING");

    // Rp 1.000.001 over three equal stakes: 333.334 + 333.334 + 333.333, nothing lost.
    const paid = await api.gql(
      REPAY,
      {
        input: {
          roundId: gid("FundingRound", round.id),
          amountIdr: "1000001",
          kind: "PROFIT_SHARE",
          idempotencyKey: "repay-one-0001",
        },
      },
      { session: owner },
    );
    expect(paid.data!.recordRepayment.data.repayment).toEqual({ amount: { amount: "1000001" }, kind: "PROFIT_SHARE" });
    const received = await Promise.all(investors.map((who) => wallet(who.household.id)));
    expect(received.sort()).toEqual([333_333n, 333_334n, 333_334n]);
    const distributions = await api.prisma.distribution.findMany({ where: { repayment: { roundId: round.id } } });
    expect(distributions.reduce((s, d) => s + d.amountIdr, 0n)).toBe(1_000_001n);

    // Only the business owner pays in; an officer cannot.
    const byOfficer = await api.gql(
      REPAY,
      {
        input: {
          roundId: gid("FundingRound", round.id),
          amountIdr: "1",
          kind: "INSTALMENT",
          idempotencyKey: "repay-officer-1",
        },
      },
      { session: officer },
    );
    expect(byOfficer.data?.recordRepayment ?? null).toBeNull();
  });

  it("keeps every ledger invariant", async () => {
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
  });
});
