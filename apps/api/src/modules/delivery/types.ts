// Delivery as buyers and sellers see it: a business's settings (Business.delivery, public: buyers choose from them),
// its contact phone, and what each method costs to a regency (Business.deliveryOptions, for checkout).
import type { DeliveryMethod as DeliveryMethodValue, PickupPlace as PickupPlaceValue, Regency } from "@desa-migran/db";

import { builder } from "../../builder.ts";
import { BusinessRef } from "../commerce/types.ts";
import { idr, Money, rupiahField } from "../common/money.ts";
import { RegencyRef } from "../geography/types.ts";
import { deliverySettingsOf, offeredMethods } from "./service.ts";

export const DeliveryMethod = builder.enumType("DeliveryMethod", {
  description: "How an order reaches its buyer.",
  values: {
    PICKUP: { description: "The buyer collects it at the business or at its cooperative; no fee." },
    OWN_DELIVERY: { description: "The business delivers it itself, at its flat rate for the buyer's regency." },
    COURIER: { description: "Sent with a courier the business uses, at the business's flat courier rate." },
  } as const,
});

export const PickupPlace = builder.enumType("PickupPlace", {
  description: "Where buyers collect their goods.",
  values: {
    BUSINESS: { description: "At the business." },
    COOPERATIVE: { description: "At the cooperative's office." },
  } as const,
});

/** A rate as checkout loads it: with its regency, so the regency costs no statement of its own. */
interface RateShape {
  regency: Regency;
  rateIdr: bigint;
}

const DeliveryRateRef = builder.objectRef<RateShape>("DeliveryRate").implement({
  description: "The business's flat own-delivery rate to one regency.",
  fields: (t) => ({
    regency: t.field({
      type: RegencyRef,
      description: "The regency (kabupaten/kota) delivered to.",
      resolve: (r) => r.regency,
    }),
    rate: t.field({ type: Money, description: "The fee per order.", resolve: (r) => idr(r.rateIdr) }),
  }),
});

interface SettingsShape {
  businessId: string;
  pickupEnabled: boolean;
  pickupPlace: PickupPlaceValue;
  pickupAddress: string;
  pickupHours: string;
  ownDeliveryEnabled: boolean;
  courierEnabled: boolean;
  courierNames: string[];
  courierRateIdr: bigint;
}

const DeliverySettingsRef = builder.objectRef<SettingsShape>("DeliverySettings").implement({
  description:
    "How a business delivers. Public: buyers choose from it at checkout. A business that never set it up offers " +
    "pickup at the business only.",
  fields: (t) => ({
    methods: t.field({
      type: [DeliveryMethod],
      description: "The methods that are on, free one first. Never empty.",
      resolve: (s) => offeredMethods(s),
    }),
    pickupEnabled: t.exposeBoolean("pickupEnabled", { description: "Whether buyers may collect their goods." }),
    pickupPlace: t.expose("pickupPlace", { type: PickupPlace, description: "Where they collect them." }),
    pickupAddress: t.exposeString("pickupAddress", { description: "The pickup address (may be empty if never set)." }),
    pickupHours: t.exposeString("pickupHours", { description: "Opening hours for pickup, in the owner's words." }),
    ownDeliveryEnabled: t.exposeBoolean("ownDeliveryEnabled", {
      description: "Whether the business delivers itself (to the regencies in `rates`).",
    }),
    // Checkout reads the settings of every business in the cart: one statement for all their rates, each with
    // its regency, not two per business.
    rates: t.loadableList({
      type: DeliveryRateRef,
      description: "Own-delivery rates per regency, by regency name; a regency not listed is not served.",
      load: async (businessIds: string[], ctx) => {
        const rates = await ctx.prisma.deliveryRate.findMany({
          where: { businessId: { in: businessIds } },
          include: { regency: true },
          orderBy: [{ regency: { name: "asc" } }, { regencyId: "asc" }],
        });
        return businessIds.map((id) => rates.filter((rate) => rate.businessId === id));
      },
      resolve: (s) => s.businessId,
    }),
    courierEnabled: t.exposeBoolean("courierEnabled", { description: "Whether the business sends with a courier." }),
    courierNames: t.exposeStringList("courierNames", { description: "The couriers it uses, e.g. JNE, J&T." }),
    courierRate: rupiahField(t, "The flat courier fee per order, set by the business.", (s) => s.courierRateIdr),
  }),
});

interface OptionShape {
  method: DeliveryMethodValue;
  feeIdr: bigint | null;
}

const DeliveryOption = builder.objectRef<OptionShape>("DeliveryOption").implement({
  description: "One way a business can deliver to a regency, with its fee.",
  fields: (t) => ({
    method: t.field({ type: DeliveryMethod, description: "The method.", resolve: (o) => o.method }),
    available: t.boolean({
      description: "False for own delivery when the business does not serve the regency (or none was given).",
      resolve: (o) => o.feeIdr !== null,
    }),
    fee: t.field({
      type: Money,
      nullable: true,
      description: "What the buyer pays for it; null when not available.",
      resolve: (o) => (o.feeIdr === null ? null : idr(o.feeIdr)),
    }),
  }),
});

builder.prismaObjectFields(BusinessRef, (t) => ({
  contactPhone: t.exposeString("contactPhone", {
    nullable: true,
    description: "The phone buyers reach the seller on (E.164), if the owner gave one.",
  }),
  delivery: t.field({
    type: DeliverySettingsRef,
    description: "How the business delivers (pickup, own delivery per regency, courier).",
    select: { id: true },
    resolve: (business, _args, ctx) => deliverySettingsOf(ctx.prisma, business.id),
  }),
  deliveryOptions: t.field({
    type: [DeliveryOption],
    description: "The methods the business offers, each with its fee to the regency given (for checkout).",
    select: { id: true },
    args: {
      regencyId: t.arg.globalID({ for: [RegencyRef], required: false, description: "The buyer's regency." }),
    },
    resolve: async (business, { regencyId }, ctx) => {
      const settings = await deliverySettingsOf(ctx.prisma, business.id);
      const rate = regencyId
        ? await ctx.prisma.deliveryRate.findUnique({
            where: { businessId_regencyId: { businessId: business.id, regencyId: regencyId.id } },
          })
        : null;
      return offeredMethods(settings).map((method) => ({
        method,
        feeIdr: method === "PICKUP" ? 0n : method === "COURIER" ? settings.courierRateIdr : (rate?.rateIdr ?? null),
      }));
    },
  }),
}));

builder.prismaObjectField("Cooperative", "contactPhone", (t) =>
  t.exposeString("contactPhone", {
    nullable: true,
    description: "The phone buyers and sellers reach the cooperative on (E.164), if its officers gave one.",
  }),
);
