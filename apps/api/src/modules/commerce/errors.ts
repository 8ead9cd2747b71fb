// Domain errors of the catalogue and the cart; the GraphQL layer maps them to typed results (error-types.ts).
import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** Two filters of the catalogue that no product can meet together (e.g. a minimum price above the maximum). */
export class ContradictoryFilterError extends BilingualError {
  readonly field: string;
  constructor(field: string, messageId: string, messageEn: string) {
    super(messageId, messageEn);
    this.field = field;
  }
}

/** The product exists but is not for sale (draft, withdrawn, or its business is suspended). */
export class ProductNotPublishedError extends BilingualError {
  readonly productId: string;
  constructor(productId: string) {
    super("Produk ini sedang tidak dijual.", "This product is not for sale at the moment.");
    this.productId = productId;
  }
}

/** Fewer units are in stock than asked for. */
export class InsufficientStockError extends BilingualError {
  readonly productId: string;
  readonly available: number;
  readonly requested: number;
  constructor(productId: string, available: number, requested: number) {
    super(
      `Stok tidak cukup: tersedia ${available}, diminta ${requested}.`,
      `Not enough stock: ${available} available, ${requested} asked for.`,
    );
    this.productId = productId;
    this.available = available;
    this.requested = requested;
  }
}

/** A cart line may hold at most CART_LINE_MAX units (adding to an existing line counts the total). */
export class CartQuantityLimitError extends BilingualError {
  readonly maximum: number;
  constructor(maximum: number) {
    super(`Jumlah per produk di keranjang maksimal ${maximum}.`, `The cart holds at most ${maximum} of each product.`);
    this.maximum = maximum;
  }
}

/** A stock adjustment would take the stock below zero (or above the limit). */
export class StockOutOfRangeError extends BilingualError {
  readonly productId: string;
  readonly stock: number;
  readonly delta: number;
  constructor(productId: string, stock: number, delta: number, maximum: number) {
    super(
      `Stok harus antara 0 dan ${maximum.toLocaleString("id-ID")}: stok sekarang ${stock}, perubahan ${delta}.`,
      `Stock must be between 0 and ${maximum.toLocaleString("en-US")}: it is ${stock} now, the change is ${delta}.`,
    );
    this.productId = productId;
    this.stock = stock;
    this.delta = delta;
  }
}

/** The cooperative chosen for a business is not in the business's village. */
export class CooperativeNotInVillageError extends fixedMessage(
  "Koperasi harus berada di desa yang sama dengan usaha.",
  "The cooperative must be in the same village as the business.",
) {}
