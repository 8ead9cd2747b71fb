import { builder } from "../../builder.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { FundingRoundRef } from "../funding/types.ts";
import { HouseholdRef } from "../households/types.ts";
import { CURRENT_DISCLOSURE, type PledgeDisclosure } from "./disclosure.ts";
import { capUse } from "./service.ts";

/** The risk statement before a pledge: public, the same for every round (a round exposes it too). */
export const PledgeDisclosureRef = builder.objectRef<PledgeDisclosure>("PledgeDisclosure").implement({
  description:
    "The plain-language risk statement a family reads and accepts before pledging: money can be lost, repayment is " +
    "not guaranteed, the cooperative's role, the OJK cap. A pledge must name the version it accepted.",
  fields: (t) => ({
    version: t.exposeString("version", {
      description: "The version to send as PledgeInput.acceptedDisclosureVersion, e.g. 2026-12-1.",
    }),
    paragraphsId: t.stringList({
      description: "The statement in Bahasa Indonesia, paragraph by paragraph.",
      resolve: (d) => [...d.paragraphsId],
    }),
    paragraphsEn: t.stringList({
      description: "The statement in English, paragraph by paragraph.",
      resolve: (d) => [...d.paragraphsEn],
    }),
  }),
});

builder.queryField("pledgeDisclosure", (t) =>
  t.field({
    type: PledgeDisclosureRef,
    description: "The risk statement in force, which a pledge must accept.",
    resolve: () => CURRENT_DISCLOSURE,
  }),
);

builder.prismaObjectFields(FundingRoundRef, (t) => ({
  pledgeDisclosure: t.field({
    type: PledgeDisclosureRef,
    description: "The risk statement a family accepts before pledging to this round (the one in force).",
    resolve: () => CURRENT_DISCLOSURE,
  }),
}));

const InvestmentCapRef = builder
  .objectRef<{ year: number; limitIdr: bigint; usedIdr: bigint; remainingIdr: bigint }>("InvestmentCapUse")
  .implement({
    description: "The household's OJK yearly cap for public rounds (POJK 57/2020) and its use this calendar year.",
    fields: (t) => ({
      year: t.exposeInt("year", { description: "The calendar year." }),
      limit: rupiahField(t, "The yearly cap from the declared income.", (c) => c.limitIdr),
      used: rupiahField(t, "Active pledges to public rounds this year.", (c) => c.usedIdr),
      remaining: rupiahField(t, "What may still be pledged to public rounds this year.", (c) => c.remainingIdr),
    }),
  });

builder.prismaObjectFields(HouseholdRef, (t) => ({
  investmentCap: t.field({
    type: InvestmentCapRef,
    nullable: true,
    description: "The OJK cap on public-round pledges and its use this year; null until a yearly income is declared.",
    select: { id: true, declaredAnnualIncomeIdr: true },
    resolve: (h, _args, ctx) => capUse(ctx.prisma, h),
  }),
}));

/** A household's investment: personal data, so only the household, the round's cooperative officers and admins. */
export const PledgeStatus = builder.enumType("PledgeStatus", {
  description: "Whether a pledge stands.",
  values: {
    ACTIVE: { description: "The money is in the round (escrow, or passed on to the business)." },
    REFUNDED: { description: "Returned in full to the household's wallet because the round missed its target." },
  } as const,
});

export const PledgeRef = builder.prismaNode("Pledge", {
  id: { field: "id" },
  description: "A household's investment in a funding round.",
  select: { householdId: true, round: { select: { cooperativeId: true } } },
  authScopes: (p) => ({ householdMember: p.householdId, cooperativeOfficer: p.round.cooperativeId }),
  fields: (t) => ({
    amount: t.field({
      type: Money,
      description: "Amount invested.",
      select: { amountIdr: true },
      resolve: (p) => idr(p.amountIdr),
    }),
    status: t.expose("status", { type: PledgeStatus, description: "Whether the pledge stands or was refunded." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
    disclosureVersion: t.exposeString("disclosureVersion", {
      nullable: true,
      description:
        "The risk statement version the family accepted (null for pledges made before statements were recorded).",
    }),
    roundTitle: t.string({
      description: "The round's title.",
      select: { round: { select: { title: true } } },
      resolve: (p) => p.round.title,
    }),
    roundSlug: t.string({
      description: "The round's slug.",
      select: { round: { select: { slug: true } } },
      resolve: (p) => p.round.slug,
    }),
    received: t.field({
      type: Money,
      description: "Repayments and profit shares received so far.",
      select: { distributions: { select: { amountIdr: true } } },
      resolve: (p) => idr(p.distributions.reduce((s, d) => s + d.amountIdr, 0n)),
    }),
  }),
});

export const RepaymentRef = builder.prismaObject("Repayment", {
  description: "Money a business paid into its round, passed on to the investors.",
  fields: (t) => ({
    kind: t.exposeString("kind", { description: "INSTALMENT or PROFIT_SHARE." }),
    amount: t.field({
      type: Money,
      description: "Amount paid.",
      select: { amountIdr: true },
      resolve: (r) => idr(r.amountIdr),
    }),
    paidAt: t.expose("paidAt", { type: "DateTime", description: "When it was paid." }),
  }),
});

builder.prismaObjectField("Household", "pledges", (t) =>
  t.relatedConnection("pledges", {
    description: "The household's investments, newest first (its portfolio).",
    cursor: "id",
    query: { orderBy: [{ createdAt: "desc" }, { id: "desc" }] },
    totalCount: true,
  }),
);
