import { builder } from "../../builder.ts";
import { MIN_HOUSEHOLDS_PER_CELL, NATIONAL_ID, ratioBps, regionKeyString } from "../aggregates/service.ts";
import { RegionStats } from "../aggregates/types.ts";
import { keyScoped } from "../auth/scopes.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { IMPACT_QUARTERS, type ImpactQuarter, loadImpact } from "./service.ts";

const hidden = `null when fewer than ${MIN_HOUSEHOLDS_PER_CELL} people or households in every village make it up (small-cell suppression)`;

const ImpactQuarterRef = builder.objectRef<ImpactQuarter>("ImpactQuarter").implement({
  description:
    "What changed in an area in one calendar quarter (WIB). Figures about people or households are sums of village " +
    `cells of at least ${MIN_HOUSEHOLDS_PER_CELL} of them; businesses and funding rounds are public, so their figures ` +
    "are not suppressed. Nothing here identifies a person or household.",
  fields: (t) => ({
    quarter: t.exposeString("quarter", { description: 'Calendar quarter, e.g. "2026-Q4".' }),
    remitted: t.field({
      type: Money,
      nullable: true,
      description: `Remittances received in the quarter; ${hidden}.`,
      resolve: (q) => (q.remittedIdr === null ? null : idr(q.remittedIdr)),
    }),
    productive: t.field({
      type: Money,
      nullable: true,
      description: `The part of those remittances put to savings or investment; ${hidden}.`,
      resolve: (q) => (q.productiveIdr === null ? null : idr(q.productiveIdr)),
    }),
    productiveShareBps: t.int({
      nullable: true,
      description: "Share of those remittances put to savings or investment, in basis points (10000 = 100%).",
      resolve: (q) =>
        q.remittedIdr === null || q.productiveIdr === null ? null : ratioBps(q.productiveIdr, q.remittedIdr),
    }),
    remittingHouseholds: t.exposeInt("remittingHouseholds", {
      nullable: true,
      description: `Households that received remittances in the quarter; ${hidden}.`,
    }),
    businessesStarted: t.exposeInt("businessesStarted", {
      description: "Returnee businesses started in the quarter (founding date, or registration when none is given).",
    }),
    businessesStillActive: t.exposeInt("businessesStillActive", {
      nullable: true,
      description:
        "Of the businesses started in the quarter, how many are active today; null for quarters that ended less than " +
        "twelve months ago, whose businesses cannot have lasted a year yet.",
    }),
    jobs: t.exposeInt("jobs", {
      description: "People working today in the active businesses started by the end of the quarter.",
    }),
    raised: t.field({
      type: Money,
      nullable: true,
      description: `Money households pledged to funding rounds in the quarter; ${hidden}.`,
      resolve: (q) => (q.raisedIdr === null ? null : idr(q.raisedIdr)),
    }),
    repaid: rupiahField(t, "Instalments businesses repaid to their rounds in the quarter.", (q) => q.repaidIdr),
    repaymentRateBps: t.int({
      nullable: true,
      description:
        "Instalments repaid by the end of the quarter against instalments due by then, in basis points (at most " +
        "10000: early repayment does not count twice); null while none is due.",
      resolve: (q) => {
        const rate = ratioBps(q.repaidToDateIdr, q.dueToDateIdr);
        return rate === null ? null : Math.min(rate, 10_000);
      },
    }),
    arrearsRateBps: t.int({
      nullable: true,
      description: "Instalments due by the end of the quarter and not repaid, against those due, in basis points.",
      resolve: (q) =>
        q.dueToDateIdr === 0n
          ? null
          : ratioBps(q.dueToDateIdr > q.repaidToDateIdr ? q.dueToDateIdr - q.repaidToDateIdr : 0n, q.dueToDateIdr),
    }),
    casesOpened: t.exposeInt("casesOpened", {
      nullable: true,
      description: `Protection cases opened in the quarter; ${hidden}.`,
    }),
    casesResolved: t.exposeInt("casesResolved", {
      nullable: true,
      description: `Protection cases resolved in the quarter; ${hidden}.`,
    }),
    medianDaysToResolution: t.exposeInt("medianDaysToResolution", {
      nullable: true,
      description: "Median days from opening to resolution of the cases resolved in the quarter (those counted above).",
    }),
    trainingsCompleted: t.exposeInt("trainingsCompleted", {
      nullable: true,
      description: `People who completed a training program in the quarter; ${hidden}.`,
    }),
  }),
});

builder.objectField(RegionStats, "impact", (t) =>
  t.loadableList({
    type: ImpactQuarterRef,
    description: `The area's impact over the last ${IMPACT_QUARTERS} calendar quarters, oldest first.`,
    load: (keys, ctx) => loadImpact(ctx.prisma, keys),
    loaderOptions: { cacheKeyFn: regionKeyString },
    resolve: (key) => key,
  }),
);

builder.queryField("nationalImpact", (t) =>
  t.loadableList({
    type: ImpactQuarterRef,
    authScopes: (_root, _args, ctx) => keyScoped(ctx, "aggregates:read", true),
    description: `Impact across every participating village over the last ${IMPACT_QUARTERS} calendar quarters, oldest first.`,
    load: (keys: { kind: "national"; id: string }[], ctx) => loadImpact(ctx.prisma, keys),
    loaderOptions: { cacheKeyFn: regionKeyString },
    resolve: () => ({ kind: "national" as const, id: NATIONAL_ID }),
  }),
);
