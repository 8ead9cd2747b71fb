// Domain errors of delivery settings, delivery choices at checkout and shipping; GraphQL types in error-types.ts.
import type { DeliveryMethod } from "@desa-migran/db";

import { fixedMessage } from "../common/bilingual-error.ts";
import { BilingualError, ForbiddenError } from "../common/errors.ts";

const METHOD_WORDS: Record<DeliveryMethod, { id: string; en: string }> = {
  PICKUP: { id: "ambil sendiri", en: "pickup" },
  OWN_DELIVERY: { id: "antar sendiri oleh penjual", en: "the seller's own delivery" },
  COURIER: { id: "kurir", en: "courier" },
};

/** A business must keep at least one way of getting goods to buyers. */
export class NoDeliveryMethodError extends fixedMessage(
  "Nyalakan paling sedikit satu cara pengiriman: ambil sendiri, antar sendiri atau kurir.",
  "Keep at least one delivery method on: pickup, own delivery or courier.",
) {}

/** A method that is on needs its details (pickup address, at least one regency, a courier's name). */
export class DeliverySettingsIncompleteError extends BilingualError {
  readonly field: string;
  constructor(field: string, messageId: string, messageEn: string) {
    super(messageId, messageEn);
    this.field = field;
  }
}

/** The buyer chose a method the business does not offer (or chose none where there is no free default). */
export class DeliveryMethodUnavailableError extends BilingualError {
  readonly businessName: string;
  constructor(businessName: string, method: DeliveryMethod | null) {
    super(
      method
        ? `${businessName} tidak melayani pengiriman dengan ${METHOD_WORDS[method].id}. Pilih cara lain.`
        : `Pilih cara pengiriman untuk pesanan dari ${businessName}.`,
      method
        ? `${businessName} does not offer ${METHOD_WORDS[method].en}. Choose another method.`
        : `Choose how the order from ${businessName} is delivered.`,
    );
    this.businessName = businessName;
  }
}

/** Own delivery to a regency the business does not serve, or own delivery without a regency chosen. */
export class RegencyNotServedError extends BilingualError {
  readonly businessName: string;
  constructor(businessName: string, regencyName: string | null) {
    super(
      regencyName
        ? `${businessName} tidak mengantar sendiri ke ${regencyName}. Pilih kurir atau ambil sendiri.`
        : `Pilih kabupaten/kota alamat Anda agar ongkir antar ${businessName} bisa dihitung.`,
      regencyName
        ? `${businessName} does not deliver to ${regencyName} itself. Choose a courier or pickup.`
        : `Choose the regency of your address so ${businessName}'s delivery fee can be worked out.`,
    );
    this.businessName = businessName;
  }
}

/** A courier shipment needs the courier and its tracking number, so the buyer can follow the parcel. */
export class TrackingNumberRequiredError extends fixedMessage(
  "Untuk pengiriman kurir, isi nama kurir dan nomor resinya agar pembeli dapat melacak paket.",
  "For a courier shipment, fill in the courier and its tracking number so the buyer can follow the parcel.",
) {}

/** Only the buyer says the goods arrived: a ForbiddenError, as every refusal of a role is. */
export function onlyBuyerConfirmsReceipt(): ForbiddenError {
  return new ForbiddenError(
    "Hanya pembeli yang dapat menyatakan pesanan sudah diterima.",
    "Only the buyer can confirm that the order was received.",
  );
}
