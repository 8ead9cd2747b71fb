import { fail, redirect } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { MutationErrors } from "#lib/mutation-errors.ts";
import { CartQuery } from "#lib/server/cart-queries.ts";
import { errorsFrom, formValues, mutate, requireSession } from "#lib/server/commerce-forms.ts";
import { signInUrl } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const PlaceOrder = graphql(
  `
    mutation PlaceOrder($input: PlaceOrderInput!) {
      placeOrder(input: $input) {
        __typename
        ... on MutationPlaceOrderSuccess {
          data {
            replayed
            checkout {
              orders {
                id
              }
            }
          }
        }
        ...MutationErrors
        ... on InsufficientStockError {
          productId
          available
          requested
        }
        ... on ProductNotPublishedError {
          productId
        }
      }
    }
  `,
  [MutationErrors],
);

const PAYMENT_METHODS = ["BANK_TRANSFER", "CASH_ON_DELIVERY"] as const;
type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const FIELDS = ["recipientName", "phone", "address", "paymentMethod", "idempotencyKey"] as const;

export const load: PageServerLoad = async (event) => {
  requireSession(event);
  const data = await runQuery(createApiClient(event), CartQuery, {});
  if (!data.viewer) redirect(303, signInUrl(event.url.pathname));
  if (data.viewer.cart.businesses.length === 0) redirect(303, "/keranjang");
  return {
    cart: data.viewer.cart,
    // The account's phone (set on /akun, already E.164) is the default; the buyer may type another.
    defaults: { recipientName: data.viewer.name, phone: data.viewer.phone ?? "" },
    // One key per checkout form: a double submit (or a retry after a timeout) sends the same
    // key, and the API answers with the checkout it already made instead of a second one.
    idempotencyKey: crypto.randomUUID(),
  };
};

export const actions: Actions = {
  default: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), FIELDS);
    const paymentMethod = (PAYMENT_METHODS as readonly string[]).includes(values.paymentMethod)
      ? (values.paymentMethod as PaymentMethod)
      : null;
    if (!paymentMethod) {
      return fail(400, {
        values,
        errors: { fields: { paymentMethod: "" }, form: undefined },
        lineErrors: {} as Record<string, string>,
        missingPayment: true,
      });
    }
    const input = { ...values, paymentMethod };
    const outcome = await mutate(
      event,
      PlaceOrder,
      { input },
      { values, lineErrors: {} as Record<string, string>, missingPayment: false },
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.placeOrder;
    if (result.__typename === "MutationPlaceOrderSuccess") {
      const query = new URLSearchParams(result.data.checkout.orders.map((order) => ["pesanan", order.id]));
      redirect(303, `/keranjang/checkout/selesai?${query}`);
    }
    // Stock and availability problems belong to a cart line, not to a form field.
    const lineErrors: Record<string, string> = {};
    if (
      (result.__typename === "InsufficientStockError" || result.__typename === "ProductNotPublishedError") &&
      "productId" in result
    ) {
      lineErrors[result.productId] = result.message;
    }
    const errors = Object.keys(lineErrors).length > 0 ? { form: result.message, fields: {} } : errorsFrom(result);
    return fail(400, { values, errors, lineErrors, missingPayment: false });
  },
};
