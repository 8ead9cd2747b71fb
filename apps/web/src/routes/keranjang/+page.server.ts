import { fail, redirect } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { MutationErrors } from "#lib/mutation-errors.ts";
import { CartQuery } from "#lib/server/cart-queries.ts";
import {
  errorsFrom,
  type FormErrors,
  formValues,
  mutate,
  parseWholeNumber,
  requireSession,
} from "#lib/server/commerce-forms.ts";
import { safeReturnPath, SESSION_COOKIE, signInUrl } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const AddToCart = graphql(
  `
    mutation AddToCart($input: AddToCartInput!) {
      addToCart(input: $input) {
        __typename
        ... on MutationAddToCartSuccess {
          data {
            cart {
              itemCount
            }
          }
        }
        ...MutationErrors
        ... on InsufficientStockError {
          productId
          available
        }
      }
    }
  `,
  [MutationErrors],
);

const UpdateCartItem = graphql(
  `
    mutation UpdateCartItem($input: UpdateCartItemInput!) {
      updateCartItem(input: $input) {
        __typename
        ... on MutationUpdateCartItemSuccess {
          data {
            cart {
              itemCount
            }
          }
        }
        ...MutationErrors
        ... on InsufficientStockError {
          productId
          available
        }
      }
    }
  `,
  [MutationErrors],
);

const RemoveFromCart = graphql(`
  mutation RemoveFromCart($input: RemoveFromCartInput!) {
    removeFromCart(input: $input) {
      __typename
      ... on MutationRemoveFromCartSuccess {
        data {
          cart {
            itemCount
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  requireSession(event);
  const data = await runQuery(createApiClient(event), CartQuery, {});
  // The cookie is there but the API no longer knows the session (expired or signed out elsewhere).
  if (!data.viewer) redirect(303, signInUrl(event.url.pathname));
  return { cart: data.viewer.cart, added: event.url.searchParams.has("ditambah") };
};

const QUANTITY_FIELDS = ["productId", "quantity"] as const;

/** The error's message goes to the quantity of the line it names; anything else to the form. */
function lineErrors(result: Parameters<typeof errorsFrom>[0]): FormErrors {
  return errorsFrom(result, (name) => (name === "quantity" || name.endsWith("Error") ? "quantity" : undefined));
}

export const actions: Actions = {
  /**
   * Adds a product to the cart. Public pages post here (`/keranjang?/tambah`) with productId and
   * quantity, plus an optional `kembali` path to return to; a visitor who is not signed in is
   * sent to sign in first and comes back to the product.
   */
  tambah: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form, [...QUANTITY_FIELDS, "kembali"]);
    const back = values.kembali ? safeReturnPath(values.kembali, "/keranjang") : null;
    if (!event.cookies.get(SESSION_COOKIE)) redirect(303, signInUrl(back ?? "/keranjang"));
    const quantity = parseWholeNumber(values.quantity || "1") ?? 0;
    const outcome = await mutate(
      event,
      AddToCart,
      { input: { productId: values.productId, quantity } },
      { action: "tambah" as const, values },
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.addToCart;
    if (result.__typename !== "MutationAddToCartSuccess") {
      return fail(result.__typename === "ForbiddenError" ? 403 : 400, {
        action: "tambah" as const,
        values,
        errors: lineErrors(result),
      });
    }
    redirect(303, "/keranjang?ditambah=1");
  },

  /** Sets a line's quantity (0 removes it). */
  ubah: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), QUANTITY_FIELDS);
    const quantity = parseWholeNumber(values.quantity) ?? -1;
    const outcome = await mutate(
      event,
      UpdateCartItem,
      { input: { productId: values.productId, quantity } },
      { action: "ubah" as const, values },
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.updateCartItem;
    if (result.__typename !== "MutationUpdateCartItemSuccess") {
      return fail(400, { action: "ubah" as const, values, errors: lineErrors(result) });
    }
    return { action: "ubah" as const, updated: values.productId };
  },

  /** Removes a line from the cart. */
  hapus: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), ["productId"]);
    const outcome = await mutate(
      event,
      RemoveFromCart,
      { input: { productId: values.productId } },
      { action: "hapus" as const, values },
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.removeFromCart;
    if (result.__typename !== "MutationRemoveFromCartSuccess") {
      return fail(400, { action: "hapus" as const, values, errors: { form: result.message, fields: {} } });
    }
    return { action: "hapus" as const, removed: values.productId };
  },
};
