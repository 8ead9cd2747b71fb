// Domain errors of wholesale trade between villages; the GraphQL layer maps them to typed results (error-types.ts).
import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** A list of wholesale price tiers breaks a rule (see wholesale/service.ts `checkWholesaleTiers`); nothing changed. */
export class InvalidWholesaleTiersError extends BilingualError {
  /** The position (from 0) of the first tier at fault, or null when the list as a whole is at fault. */
  readonly tierIndex: number | null;
  constructor(tierIndex: number | null, messageId: string, messageEn: string) {
    super(messageId, messageEn);
    this.tierIndex = tierIndex;
  }
}

/** A cooperative buys wholesale only from another village: its own village's businesses are its members' trade. */
export class SameVillageWholesaleError extends fixedMessage(
  "Koperasi tidak dapat membeli grosir dari usaha di desanya sendiri. Harga grosir antar-koperasi hanya untuk koperasi desa lain.",
  "A cooperative cannot buy wholesale from a business of its own village. Inter-cooperative wholesale prices are for other villages' cooperatives.",
) {}

/** The product has no wholesale tiers, or its business sells through no cooperative. */
export class ProductNotWholesaleError extends fixedMessage(
  "Produk ini tidak dijual grosir antar-koperasi.",
  "This product is not sold wholesale between cooperatives.",
) {}

/** The quantity is below the lowest tier's minimum: a wholesale order is at least that many units. */
export class WholesaleQuantityBelowMinimumError extends BilingualError {
  readonly minimum: number;
  constructor(minimum: number) {
    super(
      `Pesanan grosir minimal ${minimum.toLocaleString("id-ID")} satuan.`,
      `A wholesale order is at least ${minimum.toLocaleString("en-US")} units.`,
    );
    this.minimum = minimum;
  }
}
