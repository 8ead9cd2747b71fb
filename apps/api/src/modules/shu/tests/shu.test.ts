import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";
import { calculateShu } from "../calculate.ts";

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const runId = (globalId: string) =>
  Buffer.from(globalId, "base64")
    .toString()
    .replace(/^ShuRun:/, "");
const PREVIEW = `query($c: ID!, $y: Int!, $s: String!) { shuPreview(cooperativeId: $c, fiscalYear: $y, surplusIdr: $s) {
  reserve { amount } members { amount } board { amount } staff { amount } education { amount } social { amount }
  jua { amount } jma { amount } memberShares { memberNumber jua { amount } jma { amount } } } }`;
const RUN = `mutation($input: RunShuInput!) { runShu(input: $input) { __typename ... on Error { message }
  ... on MutationRunShuSuccess { data { shuRun { id fiscalYear reversed surplus { amount } } } } } }`;
const REVERSE = `mutation($input: ReverseShuInput!) { reverseShu(input: $input) { __typename ... on Error { message }
  ... on MutationReverseShuSuccess { data { shuRun { reversed } } } } }`;

describe("calculateShu", () => {
  it("splits by the by-law percentages and JUA/JMA so that every part sums to the surplus", () => {
    const policy = {
      shuReservePct: 40,
      shuMembersPct: 40,
      shuBoardPct: 5,
      shuStaffPct: 5,
      shuEducationPct: 5,
      shuSocialPct: 5,
      shuJuaPctOfMembers: 60,
    };
    const members = [
      { membershipId: "a", transactionsIdr: 3n, savingsIdr: 100n },
      { membershipId: "b", transactionsIdr: 0n, savingsIdr: 200n },
      { membershipId: "c", transactionsIdr: 7n, savingsIdr: 0n },
    ];
    const split = calculateShu(10_000_001n, policy, members);
    const parts =
      split.reserveIdr + split.membersIdr + split.boardIdr + split.staffIdr + split.educationIdr + split.socialIdr;
    expect(parts).toBe(10_000_001n);
    expect(split.members.reduce((s, m) => s + m.juaIdr + m.jmaIdr, 0n)).toBe(split.membersIdr);
    expect(split.members[1]!.juaIdr).toBe(0n); // no transactions, no JUA
    expect(split.members[2]!.jmaIdr).toBe(0n); // no savings, no JMA
  });
});

describe("running SHU for a year", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let officer: string;
  let cooperativeId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("cooperativeOfficer");
    const user = await api.prisma.user.findUniqueOrThrow({
      where: { email: "koperasi@desamigran.id" },
      include: { cooperativeOffices: true },
    });
    cooperativeId = user.cooperativeOffices[0]!.cooperativeId;
  });
  afterAll(() => api?.cleanup());

  it("previews, posts once, replays the same run, refuses another amount, and reverses as a whole", async () => {
    const c = gid("Cooperative", cooperativeId);
    const preview = await api.gql(PREVIEW, { c, y: 2025, s: "12345679" }, { session: officer });
    expect(preview.errors).toBeUndefined();
    const p = preview.data!.shuPreview;
    const sum = ["reserve", "members", "board", "staff", "education", "social"].reduce(
      (s, k) => s + BigInt(p[k].amount),
      0n,
    );
    expect(sum).toBe(12_345_679n);
    const shares = p.memberShares.reduce((s: bigint, m: any) => s + BigInt(m.jua.amount) + BigInt(m.jma.amount), 0n);
    expect(shares).toBe(BigInt(p.members.amount));
    expect(await api.prisma.shuRun.count()).toBe(0); // a preview posts nothing

    const input = { cooperativeId: c, fiscalYear: 2025, surplusIdr: "12345679" };
    const first = await api.gql(RUN, { input }, { session: officer });
    const run = first.data!.runShu.data.shuRun;
    expect(run).toMatchObject({ fiscalYear: 2025, reversed: false, surplus: { amount: "12345679" } });
    const again = await api.gql(RUN, { input }, { session: officer });
    expect(again.data!.runShu.data.shuRun.id).toBe(run.id);
    const other = await api.gql(RUN, { input: { ...input, surplusIdr: "999" } }, { session: officer });
    expect(other.data!.runShu.__typename).toBe("ShuAlreadyRunError");

    const reserve = await api.prisma.account.findUniqueOrThrow({
      where: { key: `cooperative:${cooperativeId}:COOPERATIVE_RESERVE` },
    });
    expect(reserve.balance).toBe(BigInt(p.reserve.amount));
    // The surplus came in from the cooperative's own books (outside the platform) and left again in the same entry:
    // the surplus account passes it through, never negative, and holds nothing afterwards.
    const surplusKey = `cooperative:${cooperativeId}:COOPERATIVE_SURPLUS`;
    const booksKey = `external:cooperative:${cooperativeId}:books`;
    const surplusAccount = await api.prisma.account.findUniqueOrThrow({ where: { key: surplusKey } });
    expect(surplusAccount).toMatchObject({ balance: 0n, allowNegative: false });
    const books = await api.prisma.account.findUniqueOrThrow({ where: { key: booksKey } });
    expect(books).toMatchObject({
      kind: "EXTERNAL",
      cooperativeId,
      balance: -12_345_679n,
      name: "Buku koperasi (di luar platform)",
    });
    const entry = await api.prisma.shuRun.findUniqueOrThrow({
      where: { id: runId(run.id) },
      include: { journalEntry: { include: { postings: true } } },
    });
    const amountsOn = (postings: { accountId: string; amount: bigint }[], accountId: string) =>
      postings
        .filter((x) => x.accountId === accountId)
        .map((x) => x.amount)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(amountsOn(entry.journalEntry.postings, books.id)).toEqual([-12_345_679n]);
    expect(amountsOn(entry.journalEntry.postings, surplusAccount.id)).toEqual([-12_345_679n, 12_345_679n]);
    const summary = async () =>
      (
        await api.gql(
          `query($s: String!) { cooperative(slug: $s) { ledgerSummary { surplus { amount } shuDistributed { amount } } } }`,
          { s: (await api.prisma.cooperative.findUniqueOrThrow({ where: { id: cooperativeId } })).slug },
        )
      ).data!.cooperative.ledgerSummary;
    expect(await summary()).toEqual({ surplus: { amount: "0" }, shuDistributed: { amount: "12345679" } });

    const reversed = await api.gql(REVERSE, { input: { shuRunId: run.id } }, { session: officer });
    expect(reversed.data!.reverseShu.data.shuRun.reversed).toBe(true);
    const after = await api.prisma.account.findUniqueOrThrow({
      where: { key: `cooperative:${cooperativeId}:COOPERATIVE_RESERVE` },
    });
    expect(after.balance).toBe(0n);
    // The reversal mirrors the run: the shares go back through the surplus account to the cooperative's books.
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: surplusKey } })).balance).toBe(0n);
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: booksKey } })).balance).toBe(0n);
    const reversal = await api.prisma.journalEntry.findFirstOrThrow({
      where: { reversalOfId: entry.journalEntryId },
      include: { postings: true },
    });
    expect(amountsOn(reversal.postings, books.id)).toEqual([12_345_679n]);
    expect(amountsOn(reversal.postings, surplusAccount.id)).toEqual([-12_345_679n, 12_345_679n]);
    expect(await summary()).toEqual({ surplus: { amount: "0" }, shuDistributed: { amount: "0" } });
    const twice = await api.gql(REVERSE, { input: { shuRunId: run.id } }, { session: officer });
    expect(twice.data!.reverseShu.__typename).toBe("ShuAlreadyReversedError");

    // After a reversal the year can be run again.
    const rerun = await api.gql(RUN, { input: { ...input, surplusIdr: "1000000" } }, { session: officer });
    expect(rerun.data!.runShu.__typename).toBe("MutationRunShuSuccess");
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: surplusKey } })).balance).toBe(0n);
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: booksKey } })).balance).toBe(-1_000_000n);
    expect(await summary()).toEqual({ surplus: { amount: "0" }, shuDistributed: { amount: "1000000" } });
  });

  it("refuses a run for a cooperative with no active members, posting nothing", async () => {
    // Given a new cooperative whose only member has left, and its officer.
    const village = await api.prisma.village.findFirstOrThrow();
    const empty = await api.prisma.cooperative.create({
      data: {
        villageId: village.id,
        name: "Koperasi Kosong",
        slug: `koperasi-kosong-${Date.now()}`,
        legalNumber: "KOSONG/1",
        foundedAt: new Date("2024-01-01"),
        simpananPokokIdr: 100_000n,
        simpananWajibIdr: 10_000n,
        shuReservePct: 40,
        shuMembersPct: 40,
        shuBoardPct: 5,
        shuStaffPct: 5,
        shuEducationPct: 5,
        shuSocialPct: 5,
      },
    });
    const person = await api.prisma.person.create({ data: { villageId: village.id, fullName: "Mantan Anggota" } });
    await api.prisma.membership.create({
      data: { cooperativeId: empty.id, personId: person.id, memberNumber: "K-1", status: "LEFT", leftAt: new Date() },
    });
    const { user, token } = await api.createUserSession({ email: `bendahara-${empty.id}@uji.id` });
    await api.prisma.cooperativeOfficer.create({
      data: { userId: user.id, cooperativeId: empty.id, title: "Bendahara" },
    });
    // When the officer runs the year's SHU, it is refused.
    const result = await api.gql(
      RUN,
      { input: { cooperativeId: gid("Cooperative", empty.id), fiscalYear: 2025, surplusIdr: "1000000" } },
      { session: token },
    );
    expect(result.data!.runShu.__typename).toBe("NoActiveMembersError");
    expect(await api.prisma.shuRun.count({ where: { cooperativeId: empty.id } })).toBe(0);
  });

  it("is for the cooperative's officers only", async () => {
    const buyer = await api.signInAs("buyer");
    const denied = await api.gql(
      RUN,
      { input: { cooperativeId: gid("Cooperative", cooperativeId), fiscalYear: 2024, surplusIdr: "1000" } },
      { session: buyer },
    );
    expect(denied.data?.runShu ?? null).toBeNull();
    expect(await api.prisma.shuRun.count({ where: { fiscalYear: 2024 } })).toBe(0);
  });

  it("lists the posted runs to the cooperative's officers only, latest year first, reversed ones marked", async () => {
    const RUNS = `query($s: String!) { cooperative(slug: $s) { shuRuns(first: 20) { edges { node { fiscalYear reversed surplus { amount } } } } } }`;
    const { slug } = await api.prisma.cooperative.findUniqueOrThrow({ where: { id: cooperativeId } });
    const officerView = await api.gql(RUNS, { s: slug }, { session: officer });
    expect(officerView.errors).toBeUndefined();
    // From the test above: 2025 ran, was reversed, then ran again with Rp 1.000.000.
    expect(officerView.data!.cooperative.shuRuns.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { fiscalYear: 2025, reversed: false, surplus: { amount: "1000000" } },
      { fiscalYear: 2025, reversed: true, surplus: { amount: "12345679" } },
    ]);
    const buyer = await api.signInAs("buyer");
    const buyerView = await api.gql(RUNS, { s: slug }, { session: buyer });
    expect(buyerView.data?.cooperative ?? null).toBeNull();
    expect(buyerView.errors?.length).toBeGreaterThan(0);
  });

  it("keeps every ledger invariant", async () => {
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
  });
});
