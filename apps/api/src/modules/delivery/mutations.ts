// The business owner sets how the business delivers: updateDeliverySettings (with its contact phone).
import { z } from "zod";

import { builder } from "../../builder.ts";
import { BusinessRef } from "../commerce/types.ts";
import { commonErrors } from "../common/error-types.ts";
import { optionalPhoneNumber } from "../common/phone.ts";
import { bilingual, wholeRupiah } from "../common/validation.ts";
import { RegencyRef } from "../geography/types.ts";
import { DeliverySettingsIncompleteError, NoDeliveryMethodError } from "./errors.ts";
import { updateDeliverySettings } from "./service.ts";
import { PickupPlace } from "./types.ts";

/** The most a delivery fee may be: Rp 10 million per order is already a truck. */
export const DELIVERY_FEE_MAX_IDR = 10_000_000n;

const feeIdr = wholeRupiah(
  { id: "Ongkir", en: "The delivery fee" },
  {
    allowZero: true,
    max: DELIVERY_FEE_MAX_IDR,
    tooLarge: bilingual(
      "Ongkir paling banyak Rp 10.000.000 per pesanan.",
      "The delivery fee is at most Rp 10,000,000 per order.",
    ),
  },
);

const DeliveryRateInput = builder.inputType("DeliveryRateInput", {
  description: "One regency the business delivers to itself, with its flat fee.",
  fields: (t) => ({
    regencyId: t.globalID({ for: [RegencyRef], description: "The regency (kabupaten/kota)." }),
    rateIdr: t.string({ description: "The fee per order, whole rupiah.", validate: feeIdr }),
  }),
});

const DeliverySettingsPayload = builder.simpleObject("DeliverySettingsPayload", {
  description: "The business with its delivery settings as saved.",
  fields: (t) => ({ business: t.field({ type: BusinessRef, description: "The business." }) }),
});

builder.mutationField("updateDeliverySettings", (t) =>
  t.field({
    type: DeliverySettingsPayload,
    description:
      "Sets how the business delivers: pickup (address, hours), own delivery at a flat rate per regency (the rates " +
      "given replace the old ones), a courier at a flat rate, and the business's contact phone. At least one method " +
      "stays on. The business's owner (or an admin) only.",
    authScopes: (_root, { input }) => ({ businessOwner: input.businessId.id }),
    errors: { types: [...commonErrors, NoDeliveryMethodError, DeliverySettingsIncompleteError] },
    args: {
      input: t.arg({
        type: builder.inputType("UpdateDeliverySettingsInput", {
          description: "The whole delivery settings of one business.",
          fields: (f) => ({
            businessId: f.globalID({ for: [BusinessRef], description: "The business." }),
            pickupEnabled: f.boolean({ description: "Buyers may collect their goods." }),
            pickupPlace: f.field({ type: PickupPlace, description: "Where they collect them." }),
            pickupAddress: f.string({
              description: "The pickup address (required when pickup is on).",
              validate: z
                .string()
                .max(500, bilingual("Alamat maksimal 500 karakter.", "Address: at most 500 characters.")),
            }),
            pickupHours: f.string({
              description: "Opening hours for pickup, e.g. 'Senin–Sabtu 08.00–16.00'.",
              validate: z
                .string()
                .max(200, bilingual("Jam buka maksimal 200 karakter.", "Opening hours: at most 200 characters.")),
            }),
            ownDeliveryEnabled: f.boolean({ description: "The business delivers itself." }),
            rates: f.field({
              type: [DeliveryRateInput],
              description: "Own-delivery fee per regency (at most 50 regencies).",
              validate: z
                .array(z.unknown())
                .max(50, bilingual("Paling banyak 50 kabupaten/kota.", "At most 50 regencies.")),
            }),
            courierEnabled: f.boolean({ description: "The business sends with a courier." }),
            courierNames: f.stringList({
              description: "The couriers it uses, e.g. ['JNE', 'J&T'] (at most 10).",
              validate: z
                .array(
                  z
                    .string()
                    .trim()
                    .max(40, bilingual("Nama kurir maksimal 40 karakter.", "Courier name: at most 40 characters.")),
                )
                .max(10, bilingual("Paling banyak 10 kurir.", "At most 10 couriers.")),
            }),
            courierRateIdr: f.string({
              description: "The flat courier fee per order, whole rupiah.",
              validate: feeIdr,
            }),
            contactPhone: f.string({
              required: false,
              description: "The phone buyers reach the seller on (WhatsApp); empty or null removes it.",
              validate: optionalPhoneNumber(),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => ({
      business: await updateDeliverySettings(ctx.prisma, input.businessId.id, {
        pickupEnabled: input.pickupEnabled,
        pickupPlace: input.pickupPlace,
        pickupAddress: input.pickupAddress,
        pickupHours: input.pickupHours,
        ownDeliveryEnabled: input.ownDeliveryEnabled,
        rates: input.rates.map((r) => ({ regencyId: r.regencyId.id, rateIdr: BigInt(r.rateIdr) })),
        courierEnabled: input.courierEnabled,
        courierNames: input.courierNames,
        courierRateIdr: BigInt(input.courierRateIdr),
        contactPhone: input.contactPhone ? input.contactPhone : null,
      }),
    }),
  }),
);
