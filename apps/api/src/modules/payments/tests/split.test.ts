// The split of a checkout into payments, as a pure rule: one payment per cooperative, amounts exact in bigint.
import { describe, expect, it } from "vitest";

import { TransferNeedsCooperativeError } from "../errors.ts";
import { newPaymentReference, splitPayments } from "../service.ts";

const order = (id: string, cooperativeId: string | null, subtotalIdr: bigint, deliveryFeeIdr = 0n) => ({
  id,
  subtotalIdr,
  deliveryFeeIdr,
  business: { name: `Usaha ${id}`, cooperativeId },
});

describe("splitting a checkout into payments", () => {
  it("makes one payment per cooperative, each the sum of its orders' goods and delivery", () => {
    const payments = splitPayments(
      [order("a", "coop-2", 36_000n), order("b", "coop-1", 35_000n, 12_000n), order("c", "coop-2", 9_000_000_000_001n)],
      "BANK_TRANSFER",
    );
    expect(payments).toEqual([
      { cooperativeId: "coop-1", orderIds: ["b"], amountIdr: 47_000n },
      { cooperativeId: "coop-2", orderIds: ["a", "c"], amountIdr: 9_000_000_036_001n },
    ]);
  });

  it("refuses a transfer to a business outside any cooperative, and groups such orders under cash on delivery", () => {
    expect(() => splitPayments([order("a", "coop-1", 1_000n), order("b", null, 2_000n)], "BANK_TRANSFER")).toThrow(
      TransferNeedsCooperativeError,
    );
    expect(splitPayments([order("a", "coop-1", 1_000n), order("b", null, 2_000n)], "CASH_ON_DELIVERY")).toEqual([
      { cooperativeId: null, orderIds: ["b"], amountIdr: 2_000n },
      { cooperativeId: "coop-1", orderIds: ["a"], amountIdr: 1_000n },
    ]);
  });

  it("gives references a buyer can type: BYR- and 8 characters without I, L, O or U", () => {
    const references = new Set(Array.from({ length: 500 }, () => newPaymentReference()));
    expect(references.size).toBe(500);
    for (const reference of references) expect(reference).toMatch(/^BYR-[0-9A-HJKMNP-TV-Z]{8}$/);
  });
});
