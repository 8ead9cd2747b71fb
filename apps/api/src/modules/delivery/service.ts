// How each business gets goods to buyers (pickup, its own delivery priced per regency, a courier at a flat rate),
// what a delivery choice costs at checkout, and when a shipped order completes by itself. No GraphQL here.
import type { DeliveryMethod, DeliverySettings, PickupPlace, Prisma } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { type Db, isTopLevelClient } from "../ledger/transaction.ts";
import {
  DeliveryMethodUnavailableError,
  DeliverySettingsIncompleteError,
  NoDeliveryMethodError,
  RegencyNotServedError,
} from "./errors.ts";

type Tx = Prisma.TransactionClient;

/** Auto-completion by-law: default and bounds (days after shipping). Businesses without a cooperative use the default. */
export const AUTO_COMPLETE_DAYS_DEFAULT = 7;
export const AUTO_COMPLETE_DAYS_MIN = 1;
export const AUTO_COMPLETE_DAYS_MAX = 30;

/** Methods in the order they are offered to the buyer (the free one first). */
export const DELIVERY_METHODS: readonly DeliveryMethod[] = ["PICKUP", "OWN_DELIVERY", "COURIER"];

export interface DeliveryRateInput {
  regencyId: string;
  rateIdr: bigint;
}

export interface DeliverySettingsInput {
  pickupEnabled: boolean;
  pickupPlace: PickupPlace;
  pickupAddress: string;
  pickupHours: string;
  ownDeliveryEnabled: boolean;
  rates: DeliveryRateInput[];
  courierEnabled: boolean;
  courierNames: string[];
  courierRateIdr: bigint;
  /** E.164 (validated by the caller with `phoneNumber()`), or null to remove it. */
  contactPhone: string | null;
}

/**
 * What a business offers when its owner never set delivery up (businesses registered before delivery options, or
 * just registered): pickup at the business, arranged by phone. Free, so a checkout never charges a fee nobody chose.
 */
export const DEFAULT_SETTINGS: Omit<DeliverySettings, "businessId" | "updatedAt"> = {
  pickupEnabled: true,
  pickupPlace: "BUSINESS",
  pickupAddress: "",
  pickupHours: "",
  ownDeliveryEnabled: false,
  courierEnabled: false,
  courierNames: [],
  courierRateIdr: 0n,
};

export async function deliverySettingsOf(db: Db | Tx, businessId: string) {
  const settings = await db.deliverySettings.findUnique({ where: { businessId } });
  return settings ?? { ...DEFAULT_SETTINGS, businessId, updatedAt: null };
}

/** Methods that are on, in offering order. */
export const offeredMethods = (
  settings: Pick<DeliverySettings, "pickupEnabled" | "ownDeliveryEnabled" | "courierEnabled">,
) =>
  DELIVERY_METHODS.filter((method) =>
    method === "PICKUP"
      ? settings.pickupEnabled
      : method === "OWN_DELIVERY"
        ? settings.ownDeliveryEnabled
        : settings.courierEnabled,
  );

/**
 * Saves a business's delivery settings and contact phone, replacing its regency rates. Rules: at least one method
 * on; pickup needs an address; own delivery needs at least one regency; a courier needs at least one name. Details
 * of a method that is off are kept, so switching it back on does not lose them.
 */
export async function updateDeliverySettings(prisma: Db, businessId: string, input: DeliverySettingsInput) {
  if (!input.pickupEnabled && !input.ownDeliveryEnabled && !input.courierEnabled) throw new NoDeliveryMethodError();
  if (input.pickupEnabled && input.pickupAddress.trim() === "") {
    throw new DeliverySettingsIncompleteError(
      "pickupAddress",
      "Tulis alamat tempat barang diambil.",
      "Write the address where buyers collect their goods.",
    );
  }
  if (input.ownDeliveryEnabled && input.rates.length === 0) {
    throw new DeliverySettingsIncompleteError(
      "rates",
      "Pilih paling sedikit satu kabupaten/kota yang Anda antar, dengan ongkirnya.",
      "Choose at least one regency you deliver to, with its fee.",
    );
  }
  if (input.courierEnabled && input.courierNames.length === 0) {
    throw new DeliverySettingsIncompleteError(
      "courierNames",
      "Tulis paling sedikit satu nama kurir yang Anda pakai (misalnya JNE).",
      "Write at least one courier you use (e.g. JNE).",
    );
  }
  const regencyIds = [...new Set(input.rates.map((r) => r.regencyId))];
  if (regencyIds.length !== input.rates.length) {
    throw new DeliverySettingsIncompleteError(
      "rates",
      "Setiap kabupaten/kota cukup satu kali.",
      "Name each regency only once.",
    );
  }
  const run = async (tx: Tx) => {
    const business = await tx.business.findUnique({ where: { id: businessId }, select: { id: true } });
    if (!business) throw new NotFoundError("Business");
    const known = await tx.regency.count({ where: { id: { in: regencyIds } } });
    if (known !== regencyIds.length) throw new NotFoundError("Regency");
    const { contactPhone, rates, ...fields } = input;
    const data = {
      ...fields,
      pickupAddress: fields.pickupAddress.trim(),
      pickupHours: fields.pickupHours.trim(),
      courierNames: [...new Set(fields.courierNames.map((n) => n.trim()).filter(Boolean))],
    };
    await tx.deliverySettings.upsert({ where: { businessId }, create: { businessId, ...data }, update: data });
    await tx.deliveryRate.deleteMany({ where: { businessId } });
    if (rates.length > 0) {
      await tx.deliveryRate.createMany({ data: rates.map((r) => ({ businessId, ...r })) });
    }
    return tx.business.update({ where: { id: businessId }, data: { contactPhone } });
  };
  return isTopLevelClient(prisma) ? prisma.$transaction(run) : run(prisma);
}

export interface DeliveryQuote {
  method: DeliveryMethod;
  feeIdr: bigint;
  regencyId: string | null;
  pickupAddress: string | null;
  pickupHours: string | null;
}

/**
 * What delivering an order of `business` by `method` costs, to the regency `regencyId` (the buyer's address): pickup
 * is free; own delivery is the business's flat rate for that regency (refused when it does not serve it); a courier
 * is the business's flat courier rate. A null method takes pickup when the business offers it (the only free
 * choice); otherwise the buyer must choose.
 */
export async function quoteDelivery(
  db: Db | Tx,
  business: { id: string; name: string },
  method: DeliveryMethod | null,
  regencyId: string | null,
): Promise<DeliveryQuote> {
  const settings = await deliverySettingsOf(db, business.id);
  const offered = offeredMethods(settings);
  const chosen = method ?? (offered.includes("PICKUP") ? "PICKUP" : null);
  if (!chosen || !offered.includes(chosen)) throw new DeliveryMethodUnavailableError(business.name, chosen);
  if (chosen === "PICKUP") {
    return {
      method: chosen,
      feeIdr: 0n,
      regencyId,
      pickupAddress: settings.pickupAddress,
      pickupHours: settings.pickupHours,
    };
  }
  if (chosen === "COURIER") {
    return { method: chosen, feeIdr: settings.courierRateIdr, regencyId, pickupAddress: null, pickupHours: null };
  }
  const rate = regencyId
    ? await db.deliveryRate.findUnique({ where: { businessId_regencyId: { businessId: business.id, regencyId } } })
    : null;
  if (!rate) {
    const regency = regencyId
      ? await db.regency.findUnique({ where: { id: regencyId }, select: { name: true } })
      : null;
    throw new RegencyNotServedError(business.name, regency?.name ?? null);
  }
  return { method: chosen, feeIdr: rate.rateIdr, regencyId, pickupAddress: null, pickupHours: null };
}

/** The by-law days after shipping when an unconfirmed order completes by itself (7 without a cooperative). */
export async function autoCompleteDaysFor(db: Db | Tx, cooperativeId: string | null): Promise<number> {
  if (!cooperativeId) return AUTO_COMPLETE_DAYS_DEFAULT;
  const cooperative = await db.cooperative.findUnique({
    where: { id: cooperativeId },
    select: { autoCompleteDays: true },
  });
  return cooperative?.autoCompleteDays ?? AUTO_COMPLETE_DAYS_DEFAULT;
}
