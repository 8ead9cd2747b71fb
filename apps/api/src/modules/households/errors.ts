import { BilingualError } from "../common/bilingual-error.ts";
import { rupiah } from "../common/text.ts";

export class AllocationExceedsAmountError extends BilingualError {
  readonly amountIdr: bigint;
  constructor(amountIdr: bigint) {
    super(
      `Tabungan dan investasi melebihi nilai kiriman (${rupiah(amountIdr)}).`,
      `Savings and investment add up to more than the remittance (${rupiah(amountIdr, "en")}).`,
    );
    this.amountIdr = amountIdr;
  }
}
