// Buyers fill their cart: addToCart, updateCartItem, removeFromCart. Each returns the whole cart.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { bilingual } from "../common/validation.ts";
import { Cart } from "./cart.ts";
import { CartQuantityLimitError, InsufficientStockError, ProductNotPublishedError } from "./errors.ts";
import { addToCart, CART_LINE_MAX, removeFromCart, summarizeCart, updateCartItem } from "./service.ts";
import { ProductRef } from "./types.ts";

const quantity = (min: number) =>
  z
    .number()
    .int()
    .min(min, bilingual(`Jumlah minimal ${min}.`, `Quantity: at least ${min}.`))
    .max(CART_LINE_MAX, bilingual(`Jumlah maksimal ${CART_LINE_MAX}.`, `Quantity: at most ${CART_LINE_MAX}.`));

const CartPayload = builder.simpleObject("CartPayload", {
  description: "The cart after the change.",
  fields: (t) => ({ cart: t.field({ type: Cart, description: "The whole cart." }) }),
});

const signedIn = {
  authScopes: { loggedIn: true },
  unauthorizedError: () => new ForbiddenError("Silakan masuk terlebih dahulu.", "Please sign in first."),
} as const;

builder.mutationFields((t) => ({
  addToCart: t.field({
    type: CartPayload,
    description: "Adds units of a published product to the cart, on top of any already there.",
    ...signedIn,
    errors: { types: [...commonErrors, ProductNotPublishedError, InsufficientStockError, CartQuantityLimitError] },
    args: {
      input: t.arg({
        type: builder.inputType("AddToCartInput", {
          description: "A product and how many units to add.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            quantity: f.int({ description: "Units to add (1-999).", validate: quantity(1) }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      await addToCart(ctx.prisma, ctx.user!.id, input.productId.id, input.quantity);
      return { cart: await summarizeCart(ctx.prisma, ctx.user!.id) };
    },
  }),
  updateCartItem: t.field({
    type: CartPayload,
    description: "Sets how many units of a product are in the cart; 0 removes the line.",
    ...signedIn,
    errors: { types: [...commonErrors, ProductNotPublishedError, InsufficientStockError] },
    args: {
      input: t.arg({
        type: builder.inputType("UpdateCartItemInput", {
          description: "A product in the cart and its new quantity.",
          fields: (f) => ({
            productId: f.globalID({ for: [ProductRef], description: "The product." }),
            quantity: f.int({ description: "New number of units (0-999; 0 removes the line).", validate: quantity(0) }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      await updateCartItem(ctx.prisma, ctx.user!.id, input.productId.id, input.quantity);
      return { cart: await summarizeCart(ctx.prisma, ctx.user!.id) };
    },
  }),
  removeFromCart: t.field({
    type: CartPayload,
    description: "Removes a product from the cart.",
    ...signedIn,
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("RemoveFromCartInput", {
          description: "The product to remove.",
          fields: (f) => ({ productId: f.globalID({ for: [ProductRef], description: "The product." }) }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      await removeFromCart(ctx.prisma, ctx.user!.id, input.productId.id);
      return { cart: await summarizeCart(ctx.prisma, ctx.user!.id) };
    },
  }),
}));
