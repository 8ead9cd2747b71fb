import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { ISSUER_YEARLY_CAP_IDR } from "../service.ts";
import { approveRound, CREATE, rawId, roundInput, sitiBusiness } from "./helpers.ts";

const OPEN = `mutation($input: OpenFundingRoundInput!) { openFundingRound(input: $input) { __typename
  ... on MutationOpenFundingRoundSuccess { data { round { status slug schedule { sequence dueOn principal { amount } return { amount } status } } } }
  ... on InvalidRoundTransitionError { from to } ... on Error { message } } }`;
const OPEN_REFUSED = `mutation($input: OpenFundingRoundInput!) { openFundingRound(input: $input) { __typename
  ... on InvalidRoundTermsError { field } ... on Error { message } } }`;

describe("openFundingRound", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let owner: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    owner = await api.signInAs("entrepreneur");
  });
  afterAll(() => api?.cleanup());

  it("opens a LOAN draft with an exact monthly schedule from the closing date", async () => {
    // given a draft loan of Rp 12.000.001 at 12% a year over 12 months
    const business = await sitiBusiness(api);
    const created = await api.gql(
      CREATE,
      { input: roundInput(business.id, { targetIdr: "12000001", maxTicketIdr: "3000000" }) },
      { session: owner },
    );
    const roundId = created.data!.createFundingRound.data.round.id;
    await approveRound(api, roundId, owner);
    // when the owner opens it (the cooperative approved it)
    const result = await api.gql(OPEN, { input: { roundId } }, { session: owner });
    // then it is OPEN, public, and carries 12 instalments summing exactly to the target and to 12% of it
    const round = result.data!.openFundingRound.data.round;
    expect(round.status).toBe("OPEN");
    expect(round.schedule).toHaveLength(12);
    expect(round.schedule.reduce((s: bigint, r: any) => s + BigInt(r.principal.amount), 0n)).toBe(12_000_001n);
    expect(round.schedule.reduce((s: bigint, r: any) => s + BigInt(r.return.amount), 0n)).toBe(1_440_000n);
    expect(round.schedule[0].principal.amount).toBe("1000001");
    expect(round.schedule.every((r: any) => r.status === "UPCOMING" || r.status === "DUE")).toBe(true);
    const publicView = await api.gql(`query($slug: String!) { fundingRound(slug: $slug) { status } }`, {
      slug: round.slug,
    });
    expect(publicView.data!.fundingRound).toEqual({ status: "OPEN" });
    // and opening it again is an invalid transition
    const again = await api.gql(OPEN, { input: { roundId } }, { session: owner });
    expect(again.data!.openFundingRound).toMatchObject({
      __typename: "InvalidRoundTransitionError",
      from: "OPEN",
      to: "OPEN",
    });
  });

  it("opens an approved profit-share round without a fixed schedule", async () => {
    const business = await sitiBusiness(api);
    const created = await api.gql(
      CREATE,
      { input: roundInput(business.id, { instrument: "PROFIT_SHARE", title: "Bagi hasil dapur produksi" }) },
      { session: owner },
    );
    await approveRound(api, created.data!.createFundingRound.data.round.id, owner);
    const result = await api.gql(
      OPEN,
      { input: { roundId: created.data!.createFundingRound.data.round.id } },
      { session: owner },
    );
    expect(result.data!.openFundingRound.data.round).toMatchObject({ status: "OPEN", schedule: [] });
  });

  it("is for the business owner only", async () => {
    const business = await sitiBusiness(api);
    const created = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    const buyer = await api.signInAs("buyer");
    const result = await api.gql(
      OPEN,
      { input: { roundId: created.data!.createFundingRound.data.round.id } },
      { session: buyer },
    );
    expect(result.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("refuses to open an approved round whose closing date has passed, leaving it approved without a schedule", async () => {
    // given an approved loan whose dates went by while it waited: it opened yesterday and closed an hour ago
    const business = await sitiBusiness(api);
    const created = await api.gql(
      CREATE,
      { input: roundInput(business.id, { title: "Rak pengering singkong" }) },
      { session: owner },
    );
    const roundId = created.data!.createFundingRound.data.round.id;
    await approveRound(api, roundId, owner);
    const id = rawId(roundId);
    await api.prisma.fundingRound.update({
      where: { id },
      data: { opensAt: new Date(Date.now() - 86_400_000), closesAt: new Date(Date.now() - 3_600_000) },
    });
    const eventsBefore = await api.prisma.fundingRoundEvent.count({ where: { roundId: id } });

    // when the owner opens it
    const result = await api.gql(OPEN_REFUSED, { input: { roundId } }, { session: owner });

    // then it is refused on the closing date, and it stays approved: no schedule, no event, not public
    expect(result.data!.openFundingRound).toMatchObject({ __typename: "InvalidRoundTermsError", field: "closesAt" });
    expect(result.data!.openFundingRound.message).toMatch(/Tanggal tutup sudah lewat/);
    expect((await api.prisma.fundingRound.findUniqueOrThrow({ where: { id } })).status).toBe("APPROVED");
    expect(await api.prisma.repaymentSchedule.count({ where: { roundId: id } })).toBe(0);
    expect(await api.prisma.fundingRoundEvent.count({ where: { roundId: id } })).toBe(eventsBefore);
  });

  // last: the round it adds leaves no room under the cap for rounds opened after it
  it("refuses to open a round that the year's other rounds have pushed past the issuer cap, leaving it approved", async () => {
    // given an approved draft of Rp 12.000.000
    const business = await sitiBusiness(api);
    const created = await api.gql(CREATE, { input: roundInput(business.id) }, { session: owner });
    const roundId = created.data!.createFundingRound.data.round.id;
    await approveRound(api, roundId, owner);
    // and, since it was drafted, another round of hers opened this year for all but Rp 1.000.000 of the cap
    const used =
      (
        await api.prisma.fundingRound.aggregate({
          where: { businessId: business.id, status: { notIn: ["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"] } },
          _sum: { targetIdr: true },
        })
      )._sum.targetIdr ?? 0n;
    const opensAt = new Date();
    await api.prisma.fundingRound.create({
      data: {
        slug: `putaran-batas-${Date.now()}`,
        businessId: business.id,
        cooperativeId: business.cooperativeId!,
        title: "Putaran hampir batas",
        instrument: "PROFIT_SHARE",
        targetIdr: ISSUER_YEARLY_CAP_IDR - 1_000_000n - used,
        minTicketIdr: 1_000_000n,
        maxTicketIdr: 100_000_000n,
        status: "OPEN",
        opensAt,
        closesAt: new Date(opensAt.getTime() + 86_400_000),
      },
    });

    // when the owner opens the approved round, then it is refused with the cap, and it stays approved
    const result = await api.gql(OPEN, { input: { roundId } }, { session: owner });
    expect(result.data!.openFundingRound.__typename).toBe("IssuerCapExceededError");
    expect(result.data!.openFundingRound.message).toMatch(/POJK 57\/2020/);
    const round = await api.prisma.fundingRound.findUniqueOrThrow({
      where: {
        id: Buffer.from(roundId, "base64")
          .toString()
          .replace(/^FundingRound:/, ""),
      },
    });
    expect(round.status).toBe("APPROVED");
  });
});
