import { builder } from "../../builder.ts";

export interface MoneyShape {
  amount: bigint;
  currency: string;
}

/** Money is never a Float: the amount travels as a decimal string of whole units (rupiah) or minor units. */
export const Money = builder.objectRef<MoneyShape>("Money").implement({
  description:
    "An amount of money. For IDR the amount is whole rupiah; for other currencies it is in minor units (sen, cents).",
  fields: (t) => ({
    amount: t.string({
      description: 'The amount as a base-10 integer string, e.g. "1250000" for Rp 1.250.000.',
      resolve: (m) => m.amount.toString(),
    }),
    currency: t.exposeString("currency", { description: "ISO 4217 currency code, e.g. IDR, MYR, TWD." }),
  }),
});

export const idr = (amount: bigint): MoneyShape => ({ amount, currency: "IDR" });

type Types = typeof builder extends PothosSchemaTypes.SchemaBuilder<infer T> ? T : never;

/** A Money field of whole rupiah read from the parent, e.g. `total: rupiahField(t, "All.", (s) => s.totalIdr)`. */
export function rupiahField<Parent>(
  t: PothosSchemaTypes.ObjectFieldBuilder<Types, Parent>,
  description: string,
  amountOf: (parent: Parent) => bigint,
) {
  return t.field({ type: Money, description, resolve: (parent) => idr(amountOf(parent)) });
}
