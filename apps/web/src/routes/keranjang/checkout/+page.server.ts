import { fail, redirect } from "@sveltejs/kit";

import { DeliveryFeesFields } from "#lib/delivery-fields.ts";
import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { CartQuery } from "#lib/keranjang/cart-queries.server.ts";
import { RegenciesQuery } from "#lib/regencies.server.ts";
import { redirectToSignIn, requireSession } from "#lib/session.ts";

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

/** How each business in the cart delivers: the buyer chooses per order and sees each fee before placing it. */
const CartDeliveryQuery = graphql(
  `
    query CartDelivery($ids: [ID!]!) {
      nodes(ids: $ids) {
        __typename
        ... on Business {
          id
          delivery {
            methods
            pickupPlace
            pickupAddress
            pickupHours
            ...DeliveryFeesFields
          }
        }
      }
    }
  `,
  [DeliveryFeesFields],
);

const DELIVERY_METHODS = ["PICKUP", "OWN_DELIVERY", "COURIER"] as const;
type DeliveryMethod = (typeof DELIVERY_METHODS)[number];

const PAYMENT_METHODS = ["BANK_TRANSFER", "CASH_ON_DELIVERY"] as const;
type PaymentMethod = (typeof PAYMENT_METHODS)[number];

const FIELDS = ["recipientName", "phone", "address", "paymentMethod", "idempotencyKey", "regency"] as const;

export const load: PageServerLoad = async (event) => {
  requireSession(event);
  const client = createApiClient(event);
  const [data, geography] = await Promise.all([runQuery(client, CartQuery, {}), runQuery(client, RegenciesQuery, {})]);
  if (!data.viewer) redirectToSignIn(event.url);
  if (data.viewer.cart.businesses.length === 0) redirect(303, "/keranjang");
  const ids = data.viewer.cart.businesses.map((group) => group.business.id);
  const delivery = await runQuery(client, CartDeliveryQuery, { ids });
  return {
    cart: data.viewer.cart,
    deliveries: Object.fromEntries(
      delivery.nodes.flatMap((node) => (node?.__typename === "Business" ? [[node.id, node.delivery]] : [])),
    ),
    provinces: geography.provinces,
    // The account's phone (set on /akun, already E.164) is the default; the buyer may type another.
    defaults: { recipientName: data.viewer.name, phone: data.viewer.phone ?? "" },
    // One key per checkout form: a double submit (or a retry after a timeout) sends the same
    // key, and the API answers with the checkout it already made instead of a second one.
    idempotencyKey: crypto.randomUUID(),
  };
};

/** The typed fields plus each business's delivery choice, to fill the form again. */
function checkoutValues(form: FormData) {
  const values: Record<string, string> = formValues(form, FIELDS);
  for (const [name, value] of form.entries()) {
    if (name.startsWith("delivery-") && typeof value === "string") values[name] = value;
  }
  return values as Record<(typeof FIELDS)[number], string> & Record<string, string>;
}

export const actions: Actions = {
  /**
   * Places the order; or, from the "Hitung ongkir" button (`intent=hitung`), only fills the form again with the
   * regency and choices made, so the fees show without JavaScript.
   */
  default: async (event) => {
    requireSession(event);
    const form = await event.request.formData();
    const values = checkoutValues(form);
    if (form.get("intent") === "hitung") return { values, quoted: true };
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
    const geography = await runQuery(createApiClient(event), RegenciesQuery, {});
    const regencyId =
      geography.provinces.flatMap((p) => p.regencies).find((r) => r.code === values.regency)?.id ?? null;
    const deliveries = Object.entries(values).flatMap(([name, method]) =>
      name.startsWith("delivery-") && (DELIVERY_METHODS as readonly string[]).includes(method)
        ? [{ businessId: name.slice("delivery-".length), method: method as DeliveryMethod }]
        : [],
    );
    const input = {
      idempotencyKey: values.idempotencyKey,
      recipientName: values.recipientName,
      phone: values.phone,
      address: values.address,
      paymentMethod,
      regencyId,
      deliveries,
    };
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
    const errors =
      Object.keys(lineErrors).length > 0
        ? { form: result.message, fields: {} }
        : errorsFrom(result, (name) =>
            name === "RegencyNotServedError"
              ? "regency"
              : ["recipientName", "phone", "address", "paymentMethod"].includes(name)
                ? name
                : undefined,
          );
    return fail(400, { values, errors, lineErrors, missingPayment: false });
  },
};
