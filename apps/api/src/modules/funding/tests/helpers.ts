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
    isPublic: false,
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
