// The typed errors of markFundingRoundDefaulted and recordRepayment, each through the API, each changing nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";
import { CURRENT_DISCLOSURE } from "../disclosure.ts";
import { pledge } from "../service.ts";
import { fundedHousehold, gid, roundWithOfficerAndOwner, walletBalance } from "./fixtures.ts";

const DEFAULT = `mutation($input: FundingRoundActionInput!) { markFundingRoundDefaulted(input: $input) { __typename
  ... on Error { message } ... on InvalidRoundStateError { status }
  ... on MutationMarkFundingRoundDefaultedSuccess { data { status } } } }`;
const DISBURSE = `mutation($input: FundingRoundActionInput!) { disburseFundingRound(input: $input) { __typename
  ... on MutationDisburseFundingRoundSuccess { data { status } } } }`;
const REPAY = `mutation($input: RecordRepaymentInput!) { recordRepayment(input: $input) { __typename
  ... on Error { message } ... on InvalidRoundStateError { status }
  ... on MutationRecordRepaymentSuccess { data { repayment { amount { amount } } } } } }`;

describe("refusals of a round's default and repayments", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  const wallet = (householdId: string) => walletBalance(api.prisma, householdId);
  const entries = () => api.prisma.journalEntry.count();

  /** A round funded by one household, with an officer of its cooperative and its owner signed in. */
  async function fundedRound() {
    const { round, officer, owner } = await roundWithOfficerAndOwner(api, 2_000_000n);
    const investor = await fundedHousehold(api.prisma, { walletIdr: 2_000_000n });
    await pledge(
      api.prisma,
      {
        roundId: round.id,
        householdId: investor.household.id,
        amountIdr: 2_000_000n,
        idempotencyKey: `tolak-${round.id}`,
        acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
      },
      investor.user.id,
    );
    return {
      round,
      roundId: gid("FundingRound", round.id),
      officer,
      owner,
      investor,
    };
  }

  it("declares only a repaying round in default: a funded one, or one already in default, is refused", async () => {
    // given a round that is funded but not yet disbursed
    const { round, roundId, officer } = await fundedRound();

    // when an officer declares it in default, then it is refused with the round's status, and nothing changes
    const early = await api.gql(DEFAULT, { input: { roundId } }, { session: officer });
    expect(early.data!.markFundingRoundDefaulted).toMatchObject({
      __typename: "InvalidRoundStateError",
      status: "FUNDED",
    });
    expect(early.data!.markFundingRoundDefaulted.message).toMatch(/FUNDED/);
    expect((await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: round.id } })).status).toBe("FUNDED");

    // given it is disbursed, when it is declared in default, then it is DEFAULTED
    const disbursed = await api.gql(DISBURSE, { input: { roundId } }, { session: officer });
    expect(disbursed.data!.disburseFundingRound.data.status).toBe("REPAYING");
    const defaulted = await api.gql(DEFAULT, { input: { roundId } }, { session: officer });
    expect(defaulted.data!.markFundingRoundDefaulted.data.status).toBe("DEFAULTED");

    // and a second declaration is refused
    const again = await api.gql(DEFAULT, { input: { roundId } }, { session: officer });
    expect(again.data!.markFundingRoundDefaulted).toMatchObject({
      __typename: "InvalidRoundStateError",
      status: "DEFAULTED",
    });
  });

  it("refuses a repayment above what the business holds, and a key reused for another amount, moving nothing", async () => {
    // given a disbursed round: the business holds the Rp 2.000.000 raised (and whatever it earned before)
    const { round, roundId, officer, owner, investor } = await fundedRound();
    await api.gql(DISBURSE, { input: { roundId } }, { session: officer });
    const before = { wallet: await wallet(investor.household.id), entries: await entries() };

    // when the owner repays more than the business's account holds, then it is refused and nothing moves
    const tooMuch = await api.gql(
      REPAY,
      { input: { roundId, amountIdr: "9999999999999", kind: "INSTALMENT", idempotencyKey: `lebih-${round.id}` } },
      { session: owner },
    );
    expect(tooMuch.data!.recordRepayment.__typename).toBe("InsufficientFundsError");
    expect(await wallet(investor.household.id)).toBe(before.wallet);
    expect(await entries()).toBe(before.entries);

    // given a repayment made with a key
    const input = { roundId, amountIdr: "100000", kind: "PROFIT_SHARE", idempotencyKey: `sekali-${round.id}` };
    const paid = await api.gql(REPAY, { input }, { session: owner });
    expect(paid.data!.recordRepayment.data.repayment.amount.amount).toBe("100000");
    const afterPaid = { wallet: await wallet(investor.household.id), entries: await entries() };
    expect(afterPaid.wallet).toBe(before.wallet + 100_000n);

    // when the same key comes again for another amount, then it is refused and nothing moves
    const conflict = await api.gql(REPAY, { input: { ...input, amountIdr: "200000" } }, { session: owner });
    expect(conflict.data!.recordRepayment.__typename).toBe("IdempotencyConflictError");
    // and the same request again is the same repayment, paid once
    const replay = await api.gql(REPAY, { input }, { session: owner });
    expect(replay.data!.recordRepayment.data.repayment.amount.amount).toBe("100000");
    expect(await wallet(investor.household.id)).toBe(afterPaid.wallet);
    expect(await entries()).toBe(afterPaid.entries);
    expect(await api.prisma.repayment.count({ where: { roundId: round.id } })).toBe(1);
  });

  it("refuses a repayment to a round that is not repaying", async () => {
    // given a funded round not yet disbursed
    const { round, roundId, owner } = await fundedRound();
    const before = await entries();

    // when the owner repays, then it is refused with the round's status
    const early = await api.gql(
      REPAY,
      { input: { roundId, amountIdr: "1000", kind: "INSTALMENT", idempotencyKey: `awal-${round.id}` } },
      { session: owner },
    );
    expect(early.data!.recordRepayment).toMatchObject({ __typename: "InvalidRoundStateError", status: "FUNDED" });
    expect(await entries()).toBe(before);
  });

  it("keeps every ledger invariant", async () => {
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
  });
});
