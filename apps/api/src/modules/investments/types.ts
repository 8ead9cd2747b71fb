import { builder } from "../../builder.ts";
import { idr, Money } from "../common/money.ts";

/** A household's investment: personal data, so only the household, the round's cooperative officers and admins. */
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
    status: t.exposeString("status", { description: "ACTIVE, or REFUNDED when the round missed its target." }),
    createdAt: t.expose("createdAt", { type: "DateTime", description: "When it was made." }),
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
    maxSize: 100,
    totalCount: true,
  }),
);
