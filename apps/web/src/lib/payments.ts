// What the buyer's pages show of a payment, and its words: status labels and the deadline in WIB.
import { graphql } from "./gql.ts";
import { m } from "./paraglide/messages.js";

export type PaymentStatus =
  "AWAITING_PAYMENT" | "PROOF_SUBMITTED" | "CONFIRMED" | "REJECTED" | "EXPIRED" | "CASH_ON_DELIVERY" | "CANCELLED";

/** A payment card: amount, reference, deadline, the dynamic QRIS as SVG and the bank accounts. */
export const PaymentFields = graphql(`
  fragment PaymentFields on Payment @_unmask {
    id
    reference
    kind
    status
    amount {
      amount
      currency
    }
    provenAmount {
      amount
      currency
    }
    deadlineAt
    hasProof
    rejectReason
    qrisSvg
    cooperative {
      name
      slug
    }
    bankAccounts {
      id
      bankName
      accountNumber
      holderName
    }
    orderSummaries {
      number
      status
      businessName
      total {
        amount
        currency
      }
    }
  }
`);

const LABELS: Record<PaymentStatus, () => string> = {
  AWAITING_PAYMENT: m.pay_status_AWAITING_PAYMENT,
  PROOF_SUBMITTED: m.pay_status_PROOF_SUBMITTED,
  CONFIRMED: m.pay_status_CONFIRMED,
  REJECTED: m.pay_status_REJECTED,
  EXPIRED: m.pay_status_EXPIRED,
  CASH_ON_DELIVERY: m.pay_status_CASH_ON_DELIVERY,
  CANCELLED: m.pay_status_CANCELLED,
};

export const paymentStatusLabel = (status: PaymentStatus): string => LABELS[status]();

/** The buyer may (re)send a proof while the transfer is open. */
export const buyerCanSendProof = (status: PaymentStatus): boolean =>
  status === "AWAITING_PAYMENT" || status === "REJECTED" || status === "PROOF_SUBMITTED";

/** `5 Des 2026 14.30` in Western Indonesian Time, whatever the server's or browser's zone. */
export function formatWib(value: string, locale: "id" | "en"): string {
  return new Intl.DateTimeFormat(locale === "id" ? "id-ID" : "en-GB", {
    timeZone: "Asia/Jakarta",
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
  }).format(new Date(value));
}

/** The payment's database id from its Relay ID ("Payment:<uuid>"), or null when it is not one. */
export function paymentUuid(globalId: string): string | null {
  try {
    const [type, id] = atob(globalId).split(":");
    return type === "Payment" && id && /^[0-9a-f-]{36}$/i.test(id) ? id : null;
  } catch {
    return null;
  }
}
