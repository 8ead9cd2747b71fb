// Rules the funding pages share: which round a business page features, where "invest" leads, what a row owes.

/** The round's life, as the API names it. */
export const ROUND_STATUSES = [
  "DRAFT",
  "SUBMITTED",
  "RETURNED",
  "APPROVED",
  "OPEN",
  "FUNDED",
  "CLOSED_UNDERFUNDED",
  "DISBURSED",
  "REPAYING",
  "COMPLETED",
  "DEFAULTED",
] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

/**
 * The round a business page features: one taking pledges now if there is one, else the most recent
 * (the API lists a business's rounds most recently opened first). Null when the business never raised money.
 */
export function pickFeaturedRound<Round extends { status: string }>(rounds: readonly Round[]): Round | null {
  return rounds.find((round) => round.status === "OPEN") ?? rounds[0] ?? null;
}

/** Where the invest page takes a chosen round: `?putaran=<slug>` puts it first, the anchor scrolls to it. */
export function investHref(householdId: string, roundSlug: string): string {
  return `/keluarga/${encodeURIComponent(householdId)}/investasi?putaran=${encodeURIComponent(roundSlug)}#round-${roundSlug}`;
}

/** What the round page offers a visitor who wants to invest. */
export type PledgeOffer =
  | { kind: "closed" }
  | { kind: "sign-in"; href: string }
  | { kind: "no-household" }
  | { kind: "households"; links: { name: string; href: string }[] };

/**
 * Pledges are made from a household's wallet on its invest page, so an open round links each of the
 * viewer's households there with this round chosen; a visitor is asked to sign in (coming back here),
 * and a signed-in user without a household is told why they cannot invest. `households` is null for visitors.
 */
export function pledgeLinks(options: {
  status: string;
  slug: string;
  households: readonly { id: string; name: string }[] | null;
  signIn: string;
}): PledgeOffer {
  if (options.status !== "OPEN") return { kind: "closed" };
  if (options.households === null) return { kind: "sign-in", href: options.signIn };
  if (options.households.length === 0) return { kind: "no-household" };
  return {
    kind: "households",
    links: options.households.map((household) => ({
      name: household.name,
      href: investHref(household.id, options.slug),
    })),
  };
}

/**
 * What an instalment still owes once it is late (arrears), as whole rupiah; zero for an instalment that is
 * paid or not yet late, so only overdue rows show a figure.
 */
export function instalmentArrears(row: {
  status: string;
  amount: { amount: string };
  paid: { amount: string };
}): bigint {
  if (row.status !== "OVERDUE") return 0n;
  const owed = BigInt(row.amount.amount) - BigInt(row.paid.amount);
  return owed > 0n ? owed : 0n;
}
