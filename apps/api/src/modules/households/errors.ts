export class AllocationExceedsAmountError extends Error {
  readonly amountIdr: bigint;
  constructor(amountIdr: bigint) {
    super(`Tabungan dan investasi melebihi nilai kiriman (Rp ${amountIdr.toLocaleString("id-ID")}).`);
    this.name = "AllocationExceedsAmountError";
    this.amountIdr = amountIdr;
  }
}
