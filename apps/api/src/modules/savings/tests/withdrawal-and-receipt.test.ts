import { randomUUID } from "node:crypto";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { adoptAnnualReport } from "../../../../test/governance.ts";
import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";
import { createSession } from "../../auth/sessions.ts";
import { runShu } from "../../shu/service.ts";
import { receiptNumber } from "../receipt.ts";

const MOVE = (op: "depositSavings" | "withdrawSavings") =>
  op === "depositSavings"
    ? `mutation($input: SavingsMovementInput!) { depositSavings(input: $input) {
        __typename ... on Error { message } ... on MutationDepositSavingsSuccess { data { entry { id } } } } }`
    : `mutation($input: SavingsMovementInput!) { withdrawSavings(input: $input) {
        __typename ... on Error { message } ... on PartialEquityRefundError { balanceIdr }
        ... on MutationWithdrawSavingsSuccess { data { entry { id } } } } }`;
const RECEIPT = `query($id: ID!) { savingsReceipt(entryId: $id) {
  receiptNumber recordedAt direction kind amount { amount } channel balanceAfter { amount }
  memberName memberNumber cooperativeName recordedByName reversed } }`;

describe("withdrawals of member savings and their receipts", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let officer: string;
  let cooperativeId: string;
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
    cooperativeId = officerUser.cooperativeOffices[0]!.cooperativeId;
  });
  afterAll(() => api?.cleanup());

  let serial = 0;
  /** A new member of the officer's cooperative with a signed-in account of their own. */
  async function newMember() {
    const n = ++serial;
    const coop = await api.prisma.cooperative.findUniqueOrThrow({ where: { id: cooperativeId } });
    const person = await api.prisma.person.create({
      data: { villageId: coop.villageId, fullName: `Anggota Kwitansi ${n}` },
    });
    const household = await api.prisma.household.create({
      data: {
        villageId: coop.villageId,
        name: `Keluarga Kwitansi ${n}`,
        members: { create: { personId: person.id, relationship: "HEAD" } },
      },
    });
    const user = await api.prisma.user.create({
      data: {
        email: `kwitansi${n}-${Date.now()}@uji.id`,
        name: `Anggota ${n}`,
        passwordHash: "x",
        personId: person.id,
      },
    });
    const membership = await api.prisma.membership.create({
      data: { cooperativeId, personId: person.id, memberNumber: `KW-${n}-${Date.now()}` },
    });
    const { token } = await createSession(api.prisma, user.id, "vitest");
    return { person, household, user, membership, token, coop };
  }
  const move = (
    op: "depositSavings" | "withdrawSavings",
    membershipId: string,
    over: Record<string, unknown>,
    session: string,
  ) =>
    api.gql(
      MOVE(op),
      {
        input: {
          membershipId: gid("Membership", membershipId),
          kind: "SUKARELA",
          amountIdr: "100000",
          channel: "CASH",
          idempotencyKey: randomUUID(),
          ...over,
        },
      },
      { session },
    );
  const leave = (membershipId: string) =>
    api.prisma.membership.update({ where: { id: membershipId }, data: { status: "LEFT", leftAt: new Date() } });

  describe("simpanan pokok and wajib when a member leaves", () => {
    it("are refused while a member, in the member's words, and nothing moves", async () => {
      const who = await newMember();
      await move(
        "depositSavings",
        who.membership.id,
        { kind: "POKOK", amountIdr: who.coop.simpananPokokIdr.toString() },
        officer,
      );
      await move("depositSavings", who.membership.id, { kind: "WAJIB", amountIdr: "20000" }, officer);
      for (const kind of ["POKOK", "WAJIB"]) {
        const res = await move("withdrawSavings", who.membership.id, { kind, amountIdr: "20000" }, officer);
        expect(res.data!.withdrawSavings).toMatchObject({
          __typename: "SavingsNotWithdrawableError",
          message: expect.stringMatching(/selama masih menjadi anggota/),
        });
      }
      expect(await balance(who.membership.id, "WAJIB")).toBe(20000n);
    });

    it("are returned in full once the member has left: never in part, never twice", async () => {
      const who = await newMember();
      const pokok = who.coop.simpananPokokIdr;
      await move("depositSavings", who.membership.id, { kind: "POKOK", amountIdr: pokok.toString() }, officer);
      await move("depositSavings", who.membership.id, { kind: "WAJIB", amountIdr: "30000" }, officer);
      await move("depositSavings", who.membership.id, { kind: "WAJIB", amountIdr: "20000" }, officer);
      await leave(who.membership.id);

      const part = await move("withdrawSavings", who.membership.id, { kind: "WAJIB", amountIdr: "30000" }, officer);
      expect(part.data!.withdrawSavings).toMatchObject({ __typename: "PartialEquityRefundError", balanceIdr: "50000" });
      const english = await api.gql(
        MOVE("withdrawSavings"),
        {
          input: {
            membershipId: gid("Membership", who.membership.id),
            kind: "WAJIB",
            amountIdr: "1",
            channel: "CASH",
            idempotencyKey: randomUUID(),
          },
        },
        { session: officer, headers: { "accept-language": "en" } },
      );
      expect(english.data!.withdrawSavings.message).toMatch(/returned in full/);
      expect(await balance(who.membership.id, "WAJIB")).toBe(50000n);

      const wajib = await move("withdrawSavings", who.membership.id, { kind: "WAJIB", amountIdr: "50000" }, officer);
      expect(wajib.data!.withdrawSavings.__typename).toBe("MutationWithdrawSavingsSuccess");
      const back = await move(
        "withdrawSavings",
        who.membership.id,
        { kind: "POKOK", amountIdr: pokok.toString() },
        officer,
      );
      expect(back.data!.withdrawSavings.__typename).toBe("MutationWithdrawSavingsSuccess");
      expect(await balance(who.membership.id, "WAJIB")).toBe(0n);
      expect(await balance(who.membership.id, "POKOK")).toBe(0n);

      const twice = await move(
        "withdrawSavings",
        who.membership.id,
        { kind: "POKOK", amountIdr: pokok.toString() },
        officer,
      );
      expect(twice.data!.withdrawSavings).toMatchObject({ __typename: "PartialEquityRefundError", balanceIdr: "0" });

      const receipt = await api.gql(RECEIPT, { id: back.data!.withdrawSavings.data.entry.id }, { session: officer });
      expect(receipt.data!.savingsReceipt).toMatchObject({
        direction: "WITHDRAWAL",
        kind: "POKOK",
        balanceAfter: { amount: "0" },
      });
    });

    it("are kept when the by-laws say so", async () => {
      const who = await newMember();
      await move("depositSavings", who.membership.id, { kind: "WAJIB", amountIdr: "25000" }, officer);
      await leave(who.membership.id);
      await api.prisma.cooperative.update({ where: { id: cooperativeId }, data: { equityRefundOnLeaving: false } });
      try {
        const res = await move("withdrawSavings", who.membership.id, { kind: "WAJIB", amountIdr: "25000" }, officer);
        expect(res.data!.withdrawSavings).toMatchObject({
          __typename: "EquityNotRefundableError",
          message: expect.stringMatching(/anggaran dasar/),
        });
        expect(await balance(who.membership.id, "WAJIB")).toBe(25000n);
      } finally {
        await api.prisma.cooperative.update({ where: { id: cooperativeId }, data: { equityRefundOnLeaving: true } });
      }
    });

    it("go to the household wallet only when the member asks: an officer may not", async () => {
      const who = await newMember();
      await move("depositSavings", who.membership.id, { kind: "WAJIB", amountIdr: "15000" }, officer);
      await leave(who.membership.id);
      const byOfficer = await move(
        "withdrawSavings",
        who.membership.id,
        { kind: "WAJIB", amountIdr: "15000", channel: "HOUSEHOLD_WALLET" },
        officer,
      );
      expect(byOfficer.data?.withdrawSavings ?? null).toBeNull();
      const byMember = await move(
        "withdrawSavings",
        who.membership.id,
        { kind: "WAJIB", amountIdr: "15000", channel: "HOUSEHOLD_WALLET" },
        who.token,
      );
      expect(byMember.data!.withdrawSavings.__typename).toBe("MutationWithdrawSavingsSuccess");
      expect(
        (await api.prisma.account.findUniqueOrThrow({ where: { key: `household:${who.household.id}:wallet` } }))
          .balance,
      ).toBe(15000n);
    });
  });

  describe("the receipt (kwitansi)", () => {
    it("shows the officer and the member every figure, and no one else anything", async () => {
      const who = await newMember();
      const other = await newMember();
      await move("depositSavings", who.membership.id, { amountIdr: "250000" }, officer);
      const out = await move("withdrawSavings", who.membership.id, { amountIdr: "75000" }, officer);
      const entryId = out.data!.withdrawSavings.data.entry.id as string;

      const seen = await api.gql(RECEIPT, { id: entryId }, { session: officer });
      expect(seen.errors).toBeUndefined();
      const receipt = seen.data!.savingsReceipt;
      const rawId = Buffer.from(entryId, "base64").toString().split(":")[1]!;
      expect(receipt).toMatchObject({
        receiptNumber: receiptNumber(rawId, new Date(receipt.recordedAt)),
        direction: "WITHDRAWAL",
        kind: "SUKARELA",
        amount: { amount: "75000" },
        channel: "CASH",
        balanceAfter: { amount: "175000" },
        memberName: who.person.fullName,
        memberNumber: who.membership.memberNumber,
        recordedByName: expect.any(String),
        reversed: false,
      });
      expect(receipt.receiptNumber).toMatch(/^KW-\d{8}-[0-9A-F]{8}$/);
      expect((await api.gql(RECEIPT, { id: entryId }, { session: who.token })).data!.savingsReceipt.amount.amount).toBe(
        "75000",
      );

      const otherOfficerUser = await api.prisma.user.findFirstOrThrow({
        where: { cooperativeOffices: { some: { cooperativeId: { not: cooperativeId } } } },
      });
      const otherOfficer = (await createSession(api.prisma, otherOfficerUser.id, "vitest")).token;
      for (const [who2, session] of [
        ["another member", other.token],
        ["another cooperative's officer", otherOfficer],
        ["a buyer", await api.signInAs("buyer")],
        ["nobody signed in", undefined],
      ] as const) {
        const res = await api.gql(RECEIPT, { id: entryId }, session ? { session } : {});
        expect(res.data?.savingsReceipt ?? null, who2).toBeNull();
        expect(JSON.stringify(res), who2).not.toContain(who.person.fullName);
      }
    });

    it("is only for savings: another entry, or another node, has none", async () => {
      // An entry crediting many members at once (an SHU run) is not one member's receipt.
      const adminUser = await api.prisma.user.findUniqueOrThrow({ where: { email: "admin@desamigran.id" } });
      await adoptAnnualReport(api.prisma, { cooperativeId, fiscalYear: 2021, surplusIdr: 1_000_000n });
      await runShu(api.prisma, { cooperativeId, fiscalYear: 2021, surplusIdr: 1_000_000n }, adminUser.id);
      const many = await api.prisma.journalEntry.findFirstOrThrow({
        where: {
          kind: { not: { startsWith: "SAVINGS_" } },
          postings: { some: { account: { kind: "MEMBER_SAVINGS" } } },
        },
      });
      expect(
        (await api.gql(RECEIPT, { id: gid("JournalEntry", many.id) }, { session: officer })).data!.savingsReceipt,
      ).toBeNull();
      const remittance = await api.prisma.journalEntry.findFirstOrThrow({
        where: { kind: { startsWith: "REMITTANCE" } },
      });
      const admin = await api.signInAs("admin");
      expect(
        (await api.gql(RECEIPT, { id: gid("JournalEntry", remittance.id) }, { session: admin })).data!.savingsReceipt,
      ).toBeNull();
      expect(
        (await api.gql(RECEIPT, { id: gid("Household", remittance.id) }, { session: admin })).data!.savingsReceipt,
      ).toBeNull();
    });

    it("lists each movement on the membership with its entry, newest first", async () => {
      const who = await newMember();
      await move("depositSavings", who.membership.id, { amountIdr: "40000" }, officer);
      await move("withdrawSavings", who.membership.id, { amountIdr: "10000" }, officer);
      const res = await api.gql(
        `query($id: ID!) { node(id: $id) { ... on Membership { savingsMovements { entryId kind hasReceipt amount { amount } } } } }`,
        { id: gid("Membership", who.membership.id) },
        { session: who.token },
      );
      expect(res.errors).toBeUndefined();
      const rows = res.data!.node.savingsMovements;
      expect(rows.map((r: { amount: { amount: string } }) => r.amount.amount)).toEqual(["-10000", "40000"]);
      expect(rows.every((r: { hasReceipt: boolean }) => r.hasReceipt)).toBe(true);
      const first = await api.gql(RECEIPT, { id: rows[1].entryId }, { session: who.token });
      expect(first.data!.savingsReceipt).toMatchObject({ direction: "DEPOSIT", balanceAfter: { amount: "40000" } });
      expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
      expect(await moneyConserved(api.prisma)).toBe(true);
    });
  });
});
