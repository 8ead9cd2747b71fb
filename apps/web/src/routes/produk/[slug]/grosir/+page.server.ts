import { error, redirect } from "@sveltejs/kit";

import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { redirectToSignIn, requireSession } from "#lib/session.ts";
import { WholesaleTierFields } from "#lib/wholesale-tier-fields.ts";

import type { Actions, PageServerLoad } from "./$types";

const WholesaleOrderQuery = graphql(
  `
    query WholesaleOrderPage($slug: String!) {
      product(slug: $slug) {
        id
        name
        slug
        unit
        stock
        priceIdr {
          amount
          currency
        }
        wholesalePriceTiers {
          ...WholesaleTierFields
        }
        business {
          name
          village {
            name
            code
          }
        }
      }
      viewer {
        id
        name
        phone
        cooperativeOffices {
          cooperative {
            id
            name
            village {
              code
            }
          }
        }
      }
    }
  `,
  [WholesaleTierFields],
);

const PlaceWholesaleOrder = graphql(
  `
    mutation PlaceWholesaleOrder($input: PlaceWholesaleOrderInput!) {
      placeWholesaleOrder(input: $input) {
        __typename
        ... on MutationPlaceWholesaleOrderSuccess {
          data {
            checkout {
              orders {
                id
              }
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const SLUG = /^[a-z0-9-]{1,160}$/;
const FIELDS = [
  "cooperativeId",
  "quantity",
  "recipientName",
  "phone",
  "address",
  "deliveryMethod",
  "paymentMethod",
  "idempotencyKey",
] as const;
const DELIVERY_METHODS = ["PICKUP", "COURIER"] as const;
const PAYMENT_METHODS = ["BANK_TRANSFER", "CASH_ON_DELIVERY"] as const;

/** Where each refusal of the API belongs on the form (the rest is the form's own message). */
const fieldOf = (name: string): string | undefined =>
  ({
    cooperativeId: "cooperativeId",
    SameVillageWholesaleError: "cooperativeId",
    ForbiddenError: "cooperativeId",
    quantity: "quantity",
    WholesaleQuantityBelowMinimumError: "quantity",
    InsufficientStockError: "quantity",
    recipientName: "recipientName",
    phone: "phone",
    address: "address",
    deliveryMethod: "deliveryMethod",
    DeliveryMethodUnavailableError: "deliveryMethod",
    paymentMethod: "paymentMethod",
    TransferNeedsCooperativeError: "paymentMethod",
  })[name];

/** A product's wholesale order form, for an officer of a cooperative outside the seller's village. */
export const load: PageServerLoad = async (event) => {
  requireSession(event);
  if (!SLUG.test(event.params.slug)) error(404, "Product not found");
  const data = await runQuery(createApiClient(event), WholesaleOrderQuery, { slug: event.params.slug });
  if (!data.product) error(404, "Product not found");
  if (!data.viewer) redirectToSignIn(event.url);
  const sellerVillage = data.product.business.village.code;
  return {
    product: data.product,
    // A cooperative of the seller's own village buys at retail: it is not offered here (the API refuses it too).
    cooperatives: data.viewer.cooperativeOffices
      .map((office) => office.cooperative)
      .filter((cooperative) => cooperative.village.code !== sellerVillage),
    defaults: { recipientName: data.viewer.name, phone: data.viewer.phone ?? "" },
    // One key per form: a double submit sends the same key and the API answers with the order it already made.
    idempotencyKey: crypto.randomUUID(),
  };
};

export const actions: Actions = {
  /** Places the order; or, from "Hitung harga" (`intent=hitung`), only shows the tier price without JavaScript. */
  default: async (event) => {
    requireSession(event);
    const form = await event.request.formData();
    const values = formValues(form, FIELDS);
    if (form.get("intent") === "hitung") return { values, quoted: true };
    const deliveryMethod = (DELIVERY_METHODS as readonly string[]).includes(values.deliveryMethod)
      ? (values.deliveryMethod as (typeof DELIVERY_METHODS)[number])
      : "PICKUP";
    const paymentMethod = (PAYMENT_METHODS as readonly string[]).includes(values.paymentMethod)
      ? (values.paymentMethod as (typeof PAYMENT_METHODS)[number])
      : "BANK_TRANSFER";
    const input = {
      cooperativeId: values.cooperativeId,
      productId: String(form.get("productId") ?? ""),
      // Not a whole number: 0 lets the API name the field and the rule.
      quantity: parseWholeNumber(values.quantity) ?? 0,
      idempotencyKey: values.idempotencyKey,
      recipientName: values.recipientName,
      phone: values.phone,
      address: values.address,
      deliveryMethod,
      paymentMethod,
    };
    const outcome = await submit(
      event,
      PlaceWholesaleOrder,
      { input },
      { values, quoted: false },
      (data) => data.placeWholesaleOrder,
      fieldOf,
    );
    if ("failure" in outcome) return outcome.failure;
    const query = new URLSearchParams(outcome.success.data.checkout.orders.map((order) => ["pesanan", order.id]));
    redirect(303, `/keranjang/checkout/selesai?${query}`);
  },
};
