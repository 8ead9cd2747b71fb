import { rupiah } from "../common/text.ts";

export class AllocationExceedsAmountError extends Error {
  readonly amountIdr: bigint;
  constructor(amountIdr: bigint) {
    super(`Tabungan dan investasi melebihi nilai kiriman (${rupiah(amountIdr)}).`);
    this.name = "AllocationExceedsAmountError";
    this.amountIdr = amountIdr;
  }
}
