import { builder } from "../../builder.ts";
import { idr, Money } from "../common/money.ts";

export const RemittanceChannel = builder.enumType("RemittanceChannel", {
  description: "How the money arrived.",
  values: {
    BANK: { description: "Bank transfer." },
    POS: { description: "PT Pos Indonesia." },
    APP: { description: "A remittance app." },
    CASH: { description: "Carried in cash." },
  } as const,
});

/** A household's data is personal: only its members, its village's officers and admins may read it. */
export const HouseholdRef = builder.prismaNode("Household", {
  id: { field: "id" },
  description: "A family that receives remittances and may invest its savings. Personal data.",
  select: { id: true, villageId: true },
  authScopes: (h) => ({ householdMember: h.id, villageOfficer: h.villageId }),
  fields: (t) => ({
    name: t.exposeString("name", { description: "Family name, e.g. Keluarga Bapak Darsono." }),
    village: t.relation("village", { description: "Its village." }),
    declaredAnnualIncome: t.field({
      type: Money,
      nullable: true,
      description: "Declared yearly income (for investment caps).",
      select: { declaredAnnualIncomeIdr: true },
      resolve: (h) => (h.declaredAnnualIncomeIdr === null ? null : idr(h.declaredAnnualIncomeIdr)),
    }),
    walletBalance: t.field({
      type: Money,
      description: "Savings held in the household wallet (from the ledger).",
      select: { accounts: { where: { kind: "HOUSEHOLD_WALLET" }, select: { balance: true } } },
      resolve: (h) => idr(h.accounts.reduce((sum, a) => sum + a.balance, 0n)),
    }),
    members: t.relation("members", { description: "People in the household." }),
    remittances: t.relatedConnection("remittances", {
      description: "Remittances received, newest first.",
      cursor: "id",
      query: { orderBy: [{ receivedOn: "desc" }, { id: "desc" }] },
      totalCount: true,
    }),
  }),
});

builder.prismaObject("HouseholdMember", {
  description: "A person's place in a household.",
  fields: (t) => ({
    relationship: t.exposeString("relationship", { description: "HEAD, SPOUSE, CHILD, PARENT, SIBLING or OTHER." }),
    fullName: t.string({
      description: "The person's name.",
      select: { person: { select: { fullName: true } } },
      resolve: (m) => m.person.fullName,
    }),
    personId: t.globalID({
      description: "Global ID of the person (a Person node).",
      resolve: (m) => ({ type: "Person", id: m.personId }),
    }),
  }),
});

builder.prismaObject("RemittanceAllocation", {
  description: "How a remittance is used; the three parts sum to its rupiah value.",
  fields: (t) => ({
    consumption: t.field({
      type: Money,
      description: "Spent on daily needs.",
      select: { consumptionIdr: true },
      resolve: (a) => idr(a.consumptionIdr),
    }),
    savings: t.field({
      type: Money,
      description: "Kept as savings.",
      select: { savingsIdr: true },
      resolve: (a) => idr(a.savingsIdr),
    }),
    investment: t.field({
      type: Money,
      description: "Set aside to invest.",
      select: { investmentIdr: true },
      resolve: (a) => idr(a.investmentIdr),
    }),
  }),
});

export const RemittanceRef = builder.prismaNode("Remittance", {
  id: { field: "id" },
  description: "Money a worker abroad sent home. Personal data of the household.",
  select: { householdId: true, household: { select: { villageId: true } } },
  authScopes: (r) => ({ householdMember: r.householdId, villageOfficer: r.household.villageId }),
  fields: (t) => ({
    amount: t.field({
      type: Money,
      description: "Amount sent, in the sending currency's minor units.",
      select: { amountMinor: true, currency: true },
      resolve: (r) => ({ amount: r.amountMinor, currency: r.currency }),
    }),
    rate: t.string({
      description: "Rupiah per major unit used.",
      select: { rate: true },
      resolve: (r) => r.rate.toString(),
    }),
    amountIdr: t.field({
      type: Money,
      description: "Value in rupiah.",
      select: { amountIdr: true },
      resolve: (r) => idr(r.amountIdr),
    }),
    corridorCountry: t.exposeString("corridorCountry", { description: "Sending country (ISO 3166)." }),
    channel: t.expose("channel", { type: RemittanceChannel, description: "How it arrived." }),
    receivedOn: t.expose("receivedOn", { type: "DateTime", description: "Day it was received." }),
    allocation: t.relation("allocation", { nullable: true, description: "How it is used." }),
  }),
});

builder.prismaObjectField(HouseholdRef, "wallet", (t) =>
  t.prismaField({
    type: "Account",
    nullable: true,
    description: "The household wallet account (statement, balance); null until money first arrives.",
    resolve: (query, household, _args, ctx) =>
      ctx.prisma.account.findUnique({ ...query, where: { key: `household:${household.id}:wallet` } }),
  }),
);

builder.prismaObjectFields("User", (t) => ({
  households: t.field({
    type: [HouseholdRef],
    description: "Households the signed-in user belongs to (through their person record).",
    // Planned into the user's own query (through their person), so the header costs no statement for it.
    select: (_args, _ctx, nestedSelection) => ({
      person: {
        select: {
          households: {
            select: { household: nestedSelection({}) },
            orderBy: { household: { name: "asc" as const } },
          },
        },
      },
    }),
    resolve: (user) => user.person?.households.map((member) => member.household) ?? [],
  }),
}));
