// Shared givens for the funding tests.
import type { createTestApi } from "../../../../test/harness.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
export const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

export const CREATE = `mutation($input: CreateFundingRoundInput!) { createFundingRound(input: $input) { __typename
  ... on MutationCreateFundingRoundSuccess { data { round { id slug status title target { amount } cooperative { slug } } } }
  ... on IssuerCapExceededError { message cap used requested year }
  ... on InvalidRoundTermsError { field message }
  ... on InputValidationError { issues { path message } }
  ... on Error { message } } }`;

/** The entrepreneur's business (Keripik Singkong Mbak Siti) and its cooperative. */
export async function sitiBusiness(api: Api) {
  return api.prisma.business.findUniqueOrThrow({ where: { slug: "keripik-singkong-mbak-siti" } });
}

export function roundInput(businessId: string, extra: Record<string, unknown> = {}) {
  const opensAt = new Date(Date.now() + 86_400_000);
  return {
    businessId: gid("Business", businessId),
    title: "Gerobak dan etalase untuk penjualan keliling",
    purpose: "Dua gerobak dan satu etalase kaca untuk berjualan di pasar kecamatan.",
    instrument: "LOAN",
    isPublic: true,
    targetIdr: "12000000",
    minTicketIdr: "500000",
    maxTicketIdr: "3000000",
    returnBps: 1200,
    tenorMonths: 12,
    opensAt: opensAt.toISOString(),
    closesAt: new Date(opensAt.getTime() + 30 * 86_400_000).toISOString(),
    ...extra,
  };
}

export const SUBMIT = `mutation($input: SubmitFundingRoundInput!) { submitFundingRound(input: $input) { __typename
  ... on MutationSubmitFundingRoundSuccess { data { round { id status } } }
  ... on InvalidRoundTransitionError { from to } ... on Error { message } } }`;

export const REVIEW = `mutation($input: ReviewFundingRoundInput!) { reviewFundingRound(input: $input) { __typename
  ... on MutationReviewFundingRoundSuccess { data { round { id status history { kind actorName comment checked } } } }
  ... on InvalidRoundTransitionError { from to } ... on ChecklistIncompleteError { missing }
  ... on Error { message } } }`;

export const ALL_TICKED = { businessVerified: true, useOfFunds: true, repaymentPlan: true, withinLimits: true };

/** Sessions of the officers of the business's cooperative, chair first. */
export async function officerSessions(api: Api, cooperativeId: string) {
  const officers = await api.prisma.cooperativeOfficer.findMany({
    where: { cooperativeId },
    orderBy: { createdAt: "asc" },
    select: { user: { select: { email: true } } },
  });
  return Promise.all(officers.map((o) => api.createSessionFor(o.user.email)));
}

/** Submits a round (as its owner) and has two different officers approve it, through GraphQL: it is APPROVED. */
export async function approveRound(api: Api, roundId: string, ownerSession: string) {
  const round = await api.prisma.fundingRound.findUniqueOrThrow({ where: { id: rawId(roundId) } });
  await api.gql(SUBMIT, { input: { roundId } }, { session: ownerSession });
  const [first, second] = await officerSessions(api, round.cooperativeId);
  for (const session of [first!, second!]) {
    const result = await api.gql(
      REVIEW,
      { input: { roundId, approve: true, comment: "", checklist: ALL_TICKED } },
      { session },
    );
    if (result.data?.reviewFundingRound.__typename !== "MutationReviewFundingRoundSuccess")
      throw new Error(`approval failed: ${JSON.stringify(result)}`);
  }
}
