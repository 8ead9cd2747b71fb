import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { adoptAnnualReport } from "../../../../test/governance.ts";
import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, moneyConserved, noViolations } from "../../../../test/ledger-invariants.ts";
import { withdrawSavings } from "../../savings/service.ts";
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
  ... on ShuAmountNotAdoptedError { adoptedSurplus { amount } }
  ... on MutationRunShuSuccess { data { shuRun { id fiscalYear reversed surplus { amount }
    adoptedBy { id kind status surplus { amount } meeting { kind fiscalYear status } } } } } } }`;
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
    // given the 2024 RAT adopted the annual report with a surplus of Rp 12.345.679
    const { motion } = await adoptAnnualReport(api.prisma, {
      cooperativeId,
      fiscalYear: 2024,
      surplusIdr: 12_345_679n,
    });
    const c = gid("Cooperative", cooperativeId);
    const preview = await api.gql(PREVIEW, { c, y: 2024, s: "12345679" }, { session: officer });
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

    const input = { cooperativeId: c, fiscalYear: 2024, surplusIdr: "12345679" };
    const first = await api.gql(RUN, { input }, { session: officer });
    const run = first.data!.runShu.data.shuRun;
    expect(run).toMatchObject({ fiscalYear: 2024, reversed: false, surplus: { amount: "12345679" } });
    // and it names the RAT's motion that adopted it
    expect(run.adoptedBy).toEqual({
      id: gid("Motion", motion.id),
      kind: "ADOPT_ANNUAL_REPORT",
      status: "CARRIED",
      surplus: { amount: "12345679" },
      meeting: { kind: "ANNUAL", fiscalYear: 2024, status: "CLOSED" },
    });
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

    // After a reversal the year can be run again, for the surplus the RAT adopted.
    const rerun = await api.gql(RUN, { input }, { session: officer });
    expect(rerun.data!.runShu.__typename).toBe("MutationRunShuSuccess");
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: surplusKey } })).balance).toBe(0n);
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: booksKey } })).balance).toBe(-12_345_679n);
    expect(await summary()).toEqual({ surplus: { amount: "0" }, shuDistributed: { amount: "12345679" } });
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
    await adoptAnnualReport(api.prisma, { cooperativeId: empty.id, fiscalYear: 2025, surplusIdr: 1_000_000n });
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
      { input: { cooperativeId: gid("Cooperative", cooperativeId), fiscalYear: 2019, surplusIdr: "1000" } },
      { session: buyer },
    );
    expect(denied.data?.runShu ?? null).toBeNull();
    expect(await api.prisma.shuRun.count({ where: { fiscalYear: 2019 } })).toBe(0);
  });

  it("lists the posted runs to the cooperative's officers only, latest year first, reversed ones marked", async () => {
    const RUNS = `query($s: String!) { cooperative(slug: $s) { shuRuns(first: 20) { edges { node { fiscalYear reversed surplus { amount } } } } } }`;
    const { slug } = await api.prisma.cooperative.findUniqueOrThrow({ where: { id: cooperativeId } });
    const officerView = await api.gql(RUNS, { s: slug }, { session: officer });
    expect(officerView.errors).toBeUndefined();
    // From the test above: 2024 ran, was reversed, then ran again.
    expect(officerView.data!.cooperative.shuRuns.edges.map((edge: { node: unknown }) => edge.node)).toEqual([
      { fiscalYear: 2024, reversed: false, surplus: { amount: "12345679" } },
      { fiscalYear: 2024, reversed: true, surplus: { amount: "12345679" } },
    ]);
    const buyer = await api.signInAs("buyer");
    const buyerView = await api.gql(RUNS, { s: slug }, { session: buyer });
    expect(buyerView.data?.cooperative ?? null).toBeNull();
    expect(buyerView.errors?.length).toBeGreaterThan(0);
  });

  it("is refused until that year's RAT of this cooperative carried the report, for exactly its surplus", async () => {
    const c = gid("Cooperative", cooperativeId);
    const run = (surplusIdr: string, session = officer) =>
      api.gql(RUN, { input: { cooperativeId: c, fiscalYear: 2022, surplusIdr } }, { session });
    const state = async () => ({
      runs: await api.prisma.shuRun.count(),
      entries: await api.prisma.journalEntry.count(),
    });
    const before = await state();
    const refusedWith = async (typename: string, surplusIdr = "5000000") => {
      const result = await run(surplusIdr);
      expect(result.data!.runShu.__typename).toBe(typename);
      expect(await state()).toEqual(before);
      return result.data!.runShu;
    };
    // no RAT for 2022 at all: refused, in words a villager reads, in their language
    const none = await refusedWith("ShuNotAdoptedError");
    expect(none.message).toMatch(/RAT tahun buku 2022 belum mengesahkan laporan tahunan/);
    const english = await api.gql(
      RUN,
      { input: { cooperativeId: c, fiscalYear: 2022, surplusIdr: "5000000" } },
      { session: officer, headers: { "accept-language": "en" } },
    );
    expect(english.data!.runShu.message).toMatch(/has not adopted the annual report/);
    // a report adopted for another year (2021) does not count
    await adoptAnnualReport(api.prisma, { cooperativeId, fiscalYear: 2021, surplusIdr: 5_000_000n });
    await refusedWith("ShuNotAdoptedError");
    // nor one adopted by another cooperative's 2022 RAT
    const other = await api.prisma.cooperative.findFirstOrThrow({ where: { id: { not: cooperativeId } } });
    await adoptAnnualReport(api.prisma, { cooperativeId: other.id, fiscalYear: 2022, surplusIdr: 5_000_000n });
    await refusedWith("ShuNotAdoptedError");
    // nor this cooperative's 2022 RAT where the motion was rejected, or closed without quorum
    const { meeting, motion } = await adoptAnnualReport(api.prisma, {
      cooperativeId,
      fiscalYear: 2022,
      surplusIdr: 5_000_000n,
    });
    await api.prisma.motion.update({ where: { id: motion.id }, data: { status: "REJECTED" } });
    await refusedWith("ShuNotAdoptedError");
    await api.prisma.motion.update({ where: { id: motion.id }, data: { status: "NO_QUORUM" } });
    await api.prisma.meeting.update({ where: { id: meeting.id }, data: { quorumMet: false } });
    await refusedWith("ShuNotAdoptedError");
    // once carried, another amount than the adopted one is refused, saying which one
    await api.prisma.motion.update({ where: { id: motion.id }, data: { status: "CARRIED" } });
    await api.prisma.meeting.update({ where: { id: meeting.id }, data: { quorumMet: true } });
    const wrong = await refusedWith("ShuAmountNotAdoptedError", "5000001");
    expect(wrong.adoptedSurplus).toEqual({ amount: "5000000" });
    expect(wrong.message).toMatch(/Rp 5\.000\.000/);
    // and the adopted amount runs, recording the motion
    const ok = await run("5000000");
    expect(ok.data!.runShu.data.shuRun.adoptedBy.id).toBe(gid("Motion", motion.id));
    expect((await api.prisma.shuRun.findFirstOrThrow({ where: { fiscalYear: 2022 } })).motionId).toBe(motion.id);
  });

  it("runs after a RAT held through the API adopts the report: called, opened, attended, voted, closed", async () => {
    const member = await api.signInAs("household");
    const c = gid("Cooperative", cooperativeId);
    const called = await api.gql(
      `mutation($input: CallMeetingInput!) { callMeeting(input: $input) { __typename
        ... on MutationCallMeetingSuccess { data { meeting { id motions { id } } } } ... on Error { message } } }`,
      {
        input: {
          cooperativeId: c,
          kind: "ANNUAL",
          title: "Rapat Anggota Tahunan Tahun Buku 2020",
          fiscalYear: 2020,
          scheduledAt: new Date(Date.now() - 60_000).toISOString(),
          location: "Balai Desa Juntinyuat",
          online: false,
          motions: [{ title: "Pengesahan laporan tahunan 2020", kind: "ADOPT_ANNUAL_REPORT", surplusIdr: "2000000" }],
        },
      },
      { session: officer },
    );
    const { id: meetingId, motions } = called.data!.callMeeting.data.meeting;
    const input = { cooperativeId: c, fiscalYear: 2020, surplusIdr: "2000000" };
    // before the meeting decides, the run is refused
    expect((await api.gql(RUN, { input }, { session: officer })).data!.runShu.__typename).toBe("ShuNotAdoptedError");
    const move = (name: string) =>
      api.gql(
        `mutation($input: MeetingIdInput!) { ${name}(input: $input) { __typename } }`,
        { input: { meetingId } },
        {
          session: officer,
        },
      );
    await move("openMeeting");
    const everyone = await api.prisma.membership.findMany({ where: { cooperativeId, status: "ACTIVE" } });
    await api.gql(
      `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { __typename } }`,
      { input: { meetingId, membershipIds: everyone.map((m) => gid("Membership", m.id)) } },
      { session: officer },
    );
    const vote = await api.gql(
      `mutation($input: CastVoteInput!) { castVote(input: $input) { __typename } }`,
      { input: { motionId: motions[0].id, choice: "YES" } },
      { session: member },
    );
    expect(vote.data!.castVote.__typename).toBe("MutationCastVoteSuccess");
    await move("closeMeeting");
    const result = await api.gql(RUN, { input }, { session: officer });
    expect(result.data!.runShu.data.shuRun.adoptedBy).toMatchObject({
      id: motions[0].id,
      status: "CARRIED",
      meeting: { kind: "ANNUAL", fiscalYear: 2020 },
    });
  });

  it("refuses to reverse a run once a member withdrew the SHU it paid them, moving nothing", async () => {
    // given the 2023 RAT adopted a surplus and the year's SHU was run
    await adoptAnnualReport(api.prisma, { cooperativeId, fiscalYear: 2023, surplusIdr: 50_000_000n });
    const input = { cooperativeId: gid("Cooperative", cooperativeId), fiscalYear: 2023, surplusIdr: "50000000" };
    const run = (await api.gql(RUN, { input }, { session: officer })).data!.runShu.data.shuRun;
    const posted = await api.prisma.shuRun.findUniqueOrThrow({
      where: { id: runId(run.id) },
      include: { journalEntry: { include: { postings: { include: { account: true } } } } },
    });
    // and a member took out in cash all their voluntary savings, the SHU share among them
    const share = posted.journalEntry.postings.find(
      (p) => p.account.savingsKind === "SUKARELA" && p.account.membershipId && p.amount > 0n,
    )!;
    expect(share).toBeDefined();
    const officerUser = await api.prisma.user.findUniqueOrThrow({ where: { email: "koperasi@desamigran.id" } });
    const held = (await api.prisma.account.findUniqueOrThrow({ where: { id: share.accountId } })).balance;
    await withdrawSavings(
      api.prisma,
      {
        membershipId: share.account.membershipId!,
        kind: "SUKARELA",
        amountIdr: held,
        channel: "CASH",
        idempotencyKey: `ambil-shu-2023-${share.accountId}`,
      },
      officerUser.id,
    );
    const entriesBefore = await api.prisma.journalEntry.count();

    // when an officer reverses the run, then it is refused, the run stands and no entry is posted
    const refused = await api.gql(REVERSE, { input: { shuRunId: run.id } }, { session: officer });
    expect(refused.data!.reverseShu.__typename).toBe("InsufficientFundsError");
    expect(refused.data!.reverseShu.message).toMatch(/Saldo tidak cukup/);
    expect((await api.prisma.shuRun.findUniqueOrThrow({ where: { id: posted.id } })).reversalEntryId).toBeNull();
    expect(await api.prisma.journalEntry.count()).toBe(entriesBefore);
  });

  it("keeps every ledger invariant", async () => {
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
    expect(await moneyConserved(api.prisma)).toBe(true);
  });
});
