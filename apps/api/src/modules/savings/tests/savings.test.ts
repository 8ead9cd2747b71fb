import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";

const DEPOSIT = `mutation($input: SavingsMovementInput!) { depositSavings(input: $input) {
  __typename ... on Error { message } ... on MutationDepositSavingsSuccess { data { entry { kind } } } } }`;
const WITHDRAW = DEPOSIT.replaceAll("depositSavings", "withdrawSavings").replace(
  "MutationDepositSavingsSuccess",
  "MutationWithdrawSavingsSuccess",
);

describe("member savings", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let officer: string;
  let membershipId: string;
  let pokokPaidMembershipId: string;
  const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
  const balance = async (membership: string, kind: string) =>
    (await api.prisma.account.findUnique({ where: { key: `membership:${membership}:${kind}` } }))?.balance ?? 0n;

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("cooperativeOfficer");
    const officerUser = await api.prisma.user.findUniqueOrThrow({
      where: { email: "koperasi@desamigran.id" },
      include: { cooperativeOffices: true },
    });
    const cooperativeId = officerUser.cooperativeOffices[0]!.cooperativeId;
    // A new member of the officer's cooperative, living in its village, with no savings yet.
    const coop = await api.prisma.cooperative.findUniqueOrThrow({ where: { id: cooperativeId } });
    const person = await api.prisma.person.create({ data: { villageId: coop.villageId, fullName: "Anggota Uji" } });
    const m = await api.prisma.membership.create({
      data: { cooperativeId, personId: person.id, memberNumber: "UJI-001" },
    });
    membershipId = m.id;
    const seeded = await api.prisma.account.findFirstOrThrow({
      where: { savingsKind: "POKOK", balance: { gt: 0 }, membership: { cooperativeId } },
    });
    pokokPaidMembershipId = seeded.membershipId!;
  });
  afterAll(() => api?.cleanup());

  const coopOf = async () =>
    (await api.prisma.membership.findUniqueOrThrow({ where: { id: membershipId }, include: { cooperative: true } }))
      .cooperative;

  const input = (over: Record<string, unknown>) => ({
    membershipId: gid("Membership", membershipId),
    kind: "SUKARELA",
    amountIdr: "100000",
    channel: "CASH",
    idempotencyKey: `k-${Math.random().toString(36).slice(2)}`,
    ...over,
  });

  it("takes simpanan pokok once, at the by-law amount", async () => {
    const wrong = await api.gql(DEPOSIT, { input: input({ kind: "POKOK", amountIdr: "1" }) }, { session: officer });
    expect(wrong.data!.depositSavings.__typename).toBe("WrongPokokAmountError");

    const coop = await api.prisma.membership.findUniqueOrThrow({
      where: { id: membershipId },
      include: { cooperative: true },
    });
    const amountIdr = coop.cooperative.simpananPokokIdr.toString();
    const first = await api.gql(DEPOSIT, { input: input({ kind: "POKOK", amountIdr }) }, { session: officer });
    expect(first.data!.depositSavings.__typename).toBe("MutationDepositSavingsSuccess");
    expect(await balance(membershipId, "POKOK")).toBe(BigInt(amountIdr));

    const again = await api.gql(DEPOSIT, { input: input({ kind: "POKOK", amountIdr }) }, { session: officer });
    expect(again.data!.depositSavings.__typename).toBe("PokokAlreadyPaidError");
    expect(await balance(membershipId, "POKOK")).toBe(BigInt(amountIdr));
  });

  it("lets sukarela be withdrawn but never below zero, and never pokok or wajib", async () => {
    await api.gql(DEPOSIT, { input: input({ amountIdr: "150000" }) }, { session: officer });
    const tooMuch = await api.gql(WITHDRAW, { input: input({ amountIdr: "150001" }) }, { session: officer });
    expect(tooMuch.data!.withdrawSavings.__typename).toBe("InsufficientFundsError");
    expect(await balance(membershipId, "SUKARELA")).toBe(150000n);

    const pokok = await api.gql(
      WITHDRAW,
      { input: input({ kind: "POKOK", membershipId: gid("Membership", pokokPaidMembershipId) }) },
      { session: officer },
    );
    expect(pokok.data!.withdrawSavings.__typename).toBe("SavingsNotWithdrawableError");

    const ok = await api.gql(WITHDRAW, { input: input({ amountIdr: "50000" }) }, { session: officer });
    expect(ok.data!.withdrawSavings.__typename).toBe("MutationWithdrawSavingsSuccess");
    expect(await balance(membershipId, "SUKARELA")).toBe(100000n);
  });

  it("takes simpanan pokok once even when two first payments with different keys race", async () => {
    const person = await api.prisma.person.create({
      data: { villageId: (await coopOf()).villageId, fullName: "Uji B" },
    });
    const racer = await api.prisma.membership.create({
      data: { cooperativeId: (await coopOf()).id, personId: person.id, memberNumber: "UJI-002" },
    });
    const amountIdr = (await coopOf()).simpananPokokIdr.toString();
    const results = await Promise.all(
      [1, 2].map(() =>
        api.gql(
          DEPOSIT,
          { input: input({ kind: "POKOK", amountIdr, membershipId: gid("Membership", racer.id) }) },
          { session: officer },
        ),
      ),
    );
    const kinds = results.map((r) => r.data!.depositSavings.__typename).sort();
    expect(kinds).toEqual(["MutationDepositSavingsSuccess", "PokokAlreadyPaidError"]);
    expect(await balance(racer.id, "POKOK")).toBe(BigInt(amountIdr));
  });

  it("lets only one of two concurrent withdrawals of the whole balance through", async () => {
    const results = await Promise.all(
      [1, 2].map(() => api.gql(WITHDRAW, { input: input({ amountIdr: "100000" }) }, { session: officer })),
    );
    const kinds = results.map((r) => r.data!.withdrawSavings.__typename).sort();
    expect(kinds).toEqual(["InsufficientFundsError", "MutationWithdrawSavingsSuccess"]);
    expect(await balance(membershipId, "SUKARELA")).toBe(0n);
  });

  it("replays a repeated key once and refuses the key with other parameters", async () => {
    const key = "replay-key-0001";
    const runs = await Promise.all(
      Array.from({ length: 20 }, () =>
        api.gql(DEPOSIT, { input: input({ amountIdr: "7000", idempotencyKey: key }) }, { session: officer }),
      ),
    );
    expect(runs.every((r) => r.data!.depositSavings.__typename === "MutationDepositSavingsSuccess")).toBe(true);
    expect(await balance(membershipId, "SUKARELA")).toBe(7000n);
    const other = await api.gql(
      DEPOSIT,
      { input: input({ amountIdr: "8000", idempotencyKey: key }) },
      { session: officer },
    );
    expect(other.data!.depositSavings.__typename).toBe("IdempotencyConflictError");
  });

  it("takes no savings from a member who has left", async () => {
    // Given a membership that has ended.
    const member = await api.prisma.membership.findUniqueOrThrow({ where: { id: membershipId } });
    const person = await api.prisma.person.create({
      data: {
        villageId: (await api.prisma.person.findUniqueOrThrow({ where: { id: member.personId } })).villageId,
        fullName: "Mantan Anggota",
      },
    });
    const left = await api.prisma.membership.create({
      data: {
        cooperativeId: member.cooperativeId,
        personId: person.id,
        memberNumber: "UJI-LEFT",
        status: "LEFT",
        leftAt: new Date(),
      },
    });
    // When the officer records a deposit for it, it is refused and nothing is posted.
    const result = await api.gql(
      DEPOSIT,
      { input: input({ membershipId: gid("Membership", left.id) }) },
      { session: officer },
    );
    expect(result.data!.depositSavings.__typename).toBe("MembershipNotActiveError");
    expect(await api.prisma.account.count({ where: { membershipId: left.id } })).toBe(0);
  });

  it("lets only the family move its wallet: an officer or an admin taking it is refused and nothing moves", async () => {
    // Given a family member (the demo household account) who is a member of the officer's cooperative
    const familyUser = await api.prisma.user.findUniqueOrThrow({ where: { email: "keluarga@desamigran.id" } });
    const household = await api.prisma.householdMember.findFirstOrThrow({ where: { personId: familyUser.personId! } });
    const officerCooperative = (await api.prisma.membership.findUniqueOrThrow({ where: { id: membershipId } }))
      .cooperativeId;
    const membership =
      (await api.prisma.membership.findFirst({
        where: { personId: familyUser.personId!, cooperativeId: officerCooperative, status: "ACTIVE" },
      })) ??
      (await api.prisma.membership.create({
        data: { cooperativeId: officerCooperative, personId: familyUser.personId!, memberNumber: "UJI-KEL" },
      }));
    const wallet = async () =>
      (await api.prisma.account.findUnique({ where: { key: `household:${household.householdId}:wallet` } }))?.balance ??
      0n;
    const before = await wallet();
    expect(before).toBeGreaterThan(10_000n);
    const fromWallet = () =>
      input({ membershipId: gid("Membership", membership.id), channel: "HOUSEHOLD_WALLET", amountIdr: "10000" });

    // When the cooperative officer, then a platform admin, try to move the family's wallet into savings
    for (const session of [officer, await api.signInAs("admin")]) {
      const taken = await api.gql(DEPOSIT, { input: fromWallet() }, { session });
      // Then each is refused and the wallet is untouched
      expect(taken.data?.depositSavings ?? null).toBeNull();
      expect(taken.errors?.[0]?.message).toBeTruthy();
    }
    expect(await wallet()).toBe(before);

    // While the member moves it themselves
    const own = await api.gql(DEPOSIT, { input: fromWallet() }, { session: await api.signInAs("household") });
    expect(own.data!.depositSavings.__typename).toBe("MutationDepositSavingsSuccess");
    expect(await wallet()).toBe(before - 10_000n);
  });

  it("refuses people who are neither officers nor the member, and keeps the ledger whole", async () => {
    const buyer = await api.signInAs("buyer");
    const denied = await api.gql(DEPOSIT, { input: input({}) }, { session: buyer });
    expect(denied.data?.depositSavings ?? null).toBeNull();
    expect(denied.errors?.[0]?.message).toBeTruthy();
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
  });
});
