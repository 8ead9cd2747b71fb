import { builder } from "../../builder.ts";
import { keyScoped } from "../auth/scopes.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import {
  type InflowCell,
  loadInflow,
  loadSummaries,
  MIN_HOUSEHOLDS_PER_CELL,
  OTHER_CORRIDORS,
  publishedCount,
  ratioBps,
  type RegionKey,
  regionKeyString,
  type RegionSummary,
  WINDOW_MONTHS,
} from "./service.ts";

const MonthlyInflow = builder.objectRef<InflowCell>("MonthlyRemittanceInflow").implement({
  description:
    `Remittances received in one month through one corridor. Corridors with fewer than ${MIN_HOUSEHOLDS_PER_CELL} households ` +
    `that month are grouped as corridor "${OTHER_CORRIDORS}" (other); a cell still below that is left out.`,
  fields: (t) => ({
    month: t.exposeString("month", { description: "Calendar month, YYYY-MM." }),
    corridorCountry: t.exposeString("corridorCountry", {
      description: `ISO 3166 code of the sending country, or ${OTHER_CORRIDORS} for other corridors grouped together.`,
    }),
    amount: t.field({ type: Money, description: "Total value in rupiah.", resolve: (c) => idr(c.amountIdr) }),
    transfers: t.exposeInt("transfers", { description: "Number of transfers." }),
    households: t.exposeInt("households", { description: "Number of receiving households." }),
  }),
});

export const RegionStats = builder.objectRef<RegionKey>("RegionStats").implement({
  authScopes: (_stats, ctx) => keyScoped(ctx, "aggregates:read", true),
  description:
    `Anonymised figures for a village, regency or province. Remittance figures cover the last ${WINDOW_MONTHS} months. ` +
    "Nothing here identifies a person or household.",
  fields: (t) => ({
    remittanceInflow: t.loadableList({
      type: MonthlyInflow,
      description: "Remittances per month and corridor.",
      load: (keys: RegionKey[], ctx) => loadInflow(ctx.prisma, keys, new Date(), ctx),
      loaderOptions: { cacheKeyFn: regionKeyString },
      resolve: (key) => key,
    }),
    summary: t.loadable({
      type: RegionSummaryRef,
      description: "Headline figures.",
      load: (keys: RegionKey[], ctx) => loadSummaries(ctx.prisma, keys, new Date(), ctx),
      loaderOptions: { cacheKeyFn: regionKeyString },
      resolve: (key) => key,
    }),
  }),
});

const RegionSummaryRef = builder.objectRef<RegionSummary>("RegionSummary").implement({
  description: "Headline figures of a region.",
  fields: (t) => ({
    remitted: t.field({
      type: Money,
      description: `Remittances received, summed over published cells only (each from ${MIN_HOUSEHOLDS_PER_CELL}+ households), so it never reveals a suppressed one.`,
      resolve: (s) => idr(s.remittedIdr),
    }),
    productiveShareBps: t.int({
      nullable: true,
      description: "Share of remittances put to savings or investment, in basis points (10000 = 100%).",
      resolve: (s) => ratioBps(s.productiveIdr, s.remittedIdr),
    }),
    receivingHouseholds: t.int({
      nullable: true,
      description: `Households that received remittances (null below ${MIN_HOUSEHOLDS_PER_CELL}, to protect them).`,
      resolve: (s) => publishedCount(s.households),
    }),
    businesses: t.exposeInt("businesses", { description: "Active returnee businesses." }),
    jobs: t.exposeInt("jobs", { description: "People working in those businesses." }),
    fundsRaised: rupiahField(t, "Money pledged to funding rounds.", (s) => s.fundsRaisedIdr),
    repaymentRateBps: t.int({
      nullable: true,
      description: "Instalments repaid against instalments due to date, in basis points; null when none are due yet.",
      resolve: (s) => ratioBps(s.repaidIdr, s.dueIdr),
    }),
  }),
});

/** The `stats` field of Village, Regency and Province. */
export const statsField = (kind: RegionKey["kind"]) => ({
  type: RegionStats,
  description: "Anonymised aggregates for this area.",
  select: { id: true },
  resolve: (region: { id: string }): RegionKey => ({ kind, id: region.id }),
});
