import { m } from "./paraglide/messages.js";

export type ProductStatus = "DRAFT" | "PUBLISHED" | "UNPUBLISHED";

export function productStatusLabel(status: ProductStatus): string {
  return status === "DRAFT"
    ? m.myproduct_status_DRAFT()
    : status === "PUBLISHED"
      ? m.myproduct_status_PUBLISHED()
      : m.myproduct_status_UNPUBLISHED();
}
