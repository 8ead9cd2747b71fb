// mergeGuestCart: the web app hands over a guest's cart right after sign-in or sign-up.
import { z } from "zod";

import { builder } from "../../builder.ts";
import { commonErrors } from "../common/error-types.ts";
import { ForbiddenError } from "../common/errors.ts";
import { Cart } from "./cart.ts";
import { GUEST_CART_MAX_LINES, type GuestCartNote, mergeGuestCart } from "./guest-cart.ts";
import { CART_LINE_MAX, summarizeCart } from "./service.ts";
import { ProductRef } from "./types.ts";

const GuestCartNoteRef = builder.objectRef<GuestCartNote>("GuestCartNote").implement({
  description: "A line of the guest cart that did not join the account's cart as it was.",
  fields: (t) => ({
    productName: t.exposeString("productName", { description: "The product's name." }),
    reason: t.field({
      type: builder.enumType("GuestCartNoteReason", {
        description: "What happened to the line.",
        values: {
          NOT_ON_SALE: { description: "The product is no longer on sale: the line was dropped." },
          OUT_OF_STOCK: { description: "The product is out of stock: the line was dropped." },
          CAPPED: { description: "Fewer units than asked: capped by the stock (or 999 per line)." },
        } as const,
      }),
      description: "What happened to the line.",
      resolve: (note) => note.reason,
    }),
    quantityInCart: t.exposeInt("quantityInCart", { description: "Units of the product now in the cart." }),
  }),
});

const MergeGuestCartPayload = builder.simpleObject("MergeGuestCartPayload", {
  description: "The account's cart after the guest cart joined it, and what did not join as it was.",
  fields: (t) => ({
    cart: t.field({ type: Cart, description: "The whole cart." }),
    notes: t.field({ type: [GuestCartNoteRef], description: "Lines dropped or capped, to tell the person." }),
  }),
});

builder.mutationField("mergeGuestCart", (t) =>
  t.field({
    type: MergeGuestCartPayload,
    description:
      "Adds the lines a guest put in their cart before signing in to the signed-in user's cart: quantities are " +
      "added, capped by stock; products no longer on sale or out of stock are dropped, each with a note.",
    authScopes: { loggedIn: true },
    unauthorizedError: () => new ForbiddenError("Silakan masuk terlebih dahulu.", "Please sign in first."),
    errors: { types: [...commonErrors] },
    args: {
      input: t.arg({
        type: builder.inputType("MergeGuestCartInput", {
          description: "The guest cart's lines.",
          fields: (f) => ({
            lines: f.field({
              type: [
                builder.inputType("GuestCartLineInput", {
                  description: "A product and how many units the guest wanted.",
                  fields: (l) => ({
                    productId: l.globalID({ for: [ProductRef], description: "The product." }),
                    quantity: l.int({
                      description: `Units (1-${CART_LINE_MAX}).`,
                      validate: z.number().int().min(1).max(CART_LINE_MAX),
                    }),
                  }),
                }),
              ],
              description: `At most ${GUEST_CART_MAX_LINES} lines.`,
              validate: z
                .array(z.unknown())
                .max(GUEST_CART_MAX_LINES, `Keranjang tamu paling banyak ${GUEST_CART_MAX_LINES} baris.`),
            }),
          }),
        }),
      }),
    },
    resolve: async (_root, { input }, ctx) => {
      const userId = ctx.user!.id;
      const notes = await mergeGuestCart(
        ctx.prisma,
        userId,
        input.lines.map((line) => ({ productId: line.productId.id, quantity: line.quantity })),
      );
      return { cart: await summarizeCart(ctx.prisma, userId), notes };
    },
  }),
);
