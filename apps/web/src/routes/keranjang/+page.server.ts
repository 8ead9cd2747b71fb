import { fail, redirect, type RequestEvent } from "@sveltejs/kit";

import { errorsFrom, type FormErrors } from "#lib/forms/errors.ts";
import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { mutate, submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import {
  changeGuestCart,
  GUEST_CART_LINE_MAX,
  GUEST_CART_MAX_LINES,
  loadGuestCart,
  readGuestCart,
  takeCartNotes,
  writeGuestCart,
} from "#lib/guest-cart.server.ts";
import { CartQuery } from "#lib/keranjang/cart-queries.server.ts";
import { m } from "#lib/paraglide/messages.js";
import { redirectToSignIn, SESSION_COOKIE } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

// What a change to a cart line can meet: the typed errors, and how many are in stock when that is too few.
const CartLineErrors = graphql(
  `
    fragment CartLineErrors on Error @_unmask {
      ...MutationErrors
      ... on InsufficientStockError {
        productId
        available
      }
    }
  `,
  [MutationErrors],
);

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
        ...CartLineErrors
      }
    }
  `,
  [CartLineErrors],
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
        ...CartLineErrors
      }
    }
  `,
  [CartLineErrors],
);

const RemoveFromCart = graphql(
  `
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
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const ProductForGuest = graphql(`
  query ProductForGuestCart($id: ID!) {
    node(id: $id) {
      __typename
      ... on Product {
        id
        status
        stock
      }
    }
  }
`);

/**
 * A guest sees the cart kept in their cookie (and is asked to sign in or sign up to order); a signed-in buyer sees
 * their account's cart, with what the last merge of a guest cart dropped or capped.
 */
export const load: PageServerLoad = async (event) => {
  const added = event.url.searchParams.has("ditambah");
  if (!event.cookies.get(SESSION_COOKIE)) {
    const { missing, ...cart } = await loadGuestCart(event);
    return { cart, guest: true as const, missing, added, notes: [] };
  }
  const data = await runQuery(createApiClient(event), CartQuery, {});
  // The cookie is there but the API no longer knows the session (expired or signed out elsewhere).
  if (!data.viewer) redirectToSignIn(event.url);
  return { cart: data.viewer.cart, guest: false as const, missing: 0, added, notes: takeCartNotes(event) };
};

const isGlobalId = (value: string) => /^[A-Za-z0-9+/=_-]{8,120}$/.test(value);

/** A guest's change to their cookie cart: the product must be on sale with the stock asked for. */
async function changeGuestLine(
  event: RequestEvent,
  action: "tambah" | "ubah",
  values: Record<string, string>,
  mode: "add" | "set",
) {
  const quantity = parseWholeNumber(values.quantity || (mode === "add" ? "1" : "")) ?? -1;
  const failWith = (message: string) =>
    fail(400, { action, values, errors: { fields: { quantity: message } } as FormErrors });
  if (quantity < (mode === "add" ? 1 : 0) || quantity > GUEST_CART_LINE_MAX)
    return { failure: failWith(m.cart_guest_quantity_range({ max: GUEST_CART_LINE_MAX })) };
  const productId = values.productId ?? "";
  const lines = readGuestCart(event);
  if (quantity === 0) return { lines: changeGuestCart(lines, productId, 0, "set") };
  if (!isGlobalId(productId)) return { failure: failWith(m.cart_guest_not_on_sale()) };
  const found = await createApiClient(event).query(ProductForGuest, { id: productId }).toPromise();
  if (found.error?.networkError)
    return { failure: fail(503, { action, values, errors: { form: m.form_api_unavailable(), fields: {} } }) };
  const product = found.data?.node?.__typename === "Product" ? found.data.node : null;
  if (!product || product.status !== "PUBLISHED") return { failure: failWith(m.cart_guest_not_on_sale()) };
  const had = lines.find((line) => line.productId === productId)?.quantity ?? 0;
  if (!had && lines.length >= GUEST_CART_MAX_LINES)
    return { failure: failWith(m.cart_guest_too_many_lines({ max: GUEST_CART_MAX_LINES })) };
  const wanted = mode === "add" ? had + quantity : quantity;
  if (wanted > product.stock) return { failure: failWith(m.cart_guest_stock({ available: product.stock })) };
  return { lines: changeGuestCart(lines, productId, quantity, mode) };
}

const QUANTITY_FIELDS = ["productId", "quantity"] as const;

/** The error's message goes to the quantity of the line it names; anything else to the form. */
function lineErrors(result: Parameters<typeof errorsFrom>[0]): FormErrors {
  return errorsFrom(result, (name) => (name === "quantity" || name.endsWith("Error") ? "quantity" : undefined));
}

export const actions: Actions = {
  /**
   * Adds a product to the cart. Public pages post here (`/keranjang?/tambah`) with productId and
   * quantity. A visitor who is not signed in gets a guest cart (a cookie) that joins their account's
   * cart when they sign in or sign up.
   */
  tambah: async (event) => {
    const form = await event.request.formData();
    const values = formValues(form, [...QUANTITY_FIELDS, "kembali"]);
    // A guest's cart lives in a cookie until they sign in or sign up (then it joins their account's cart).
    if (!event.cookies.get(SESSION_COOKIE)) {
      const changed = await changeGuestLine(event, "tambah", values, "add");
      if ("failure" in changed) return changed.failure;
      writeGuestCart(event, changed.lines);
      redirect(303, "/keranjang?ditambah=1");
    }
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
    const values = formValues(await event.request.formData(), QUANTITY_FIELDS);
    if (!event.cookies.get(SESSION_COOKIE)) {
      const changed = await changeGuestLine(event, "ubah", values, "set");
      if ("failure" in changed) return changed.failure;
      writeGuestCart(event, changed.lines);
      return { action: "ubah" as const, updated: values.productId };
    }
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
    const values = formValues(await event.request.formData(), ["productId"]);
    if (!event.cookies.get(SESSION_COOKIE)) {
      writeGuestCart(event, changeGuestCart(readGuestCart(event), values.productId, 0, "set"));
      return { action: "hapus" as const, removed: values.productId };
    }
    const outcome = await submit(
      event,
      RemoveFromCart,
      { input: { productId: values.productId } },
      { action: "hapus" as const, values },
      (data) => data.removeFromCart,
    );
    if ("failure" in outcome) return outcome.failure;
    return { action: "hapus" as const, removed: values.productId };
  },
};
