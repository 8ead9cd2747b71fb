// The buyer's cart: its lines, a subtotal per business (each becomes one order at checkout) and the grand total.
import { builder } from "../../builder.ts";
import { UserRef } from "../auth/types.ts";
import { idr, Money } from "../common/money.ts";
import { type CartGroup, type CartSummary, summarizeCart } from "./service.ts";

export const CartItemRef = builder.prismaObject("CartItem", {
  description: "A product in the buyer's cart, with how many units.",
  fields: (t) => ({
    product: t.relation("product", { description: "The product." }),
    quantity: t.exposeInt("quantity", { description: "Units wanted (1-999)." }),
    lineTotal: t.field({
      type: Money,
      description: "Quantity times the product's current price.",
      select: { quantity: true, product: { select: { priceIdr: true } } },
      resolve: (item) => idr(item.product.priceIdr * BigInt(item.quantity)),
    }),
    isAvailable: t.boolean({
      description: "Whether the line can be checked out now: the product is on sale with enough stock.",
      select: {
        quantity: true,
        product: { select: { status: true, stock: true, business: { select: { status: true } } } },
      },
      resolve: (item) =>
        item.product.status === "PUBLISHED" &&
        item.product.business.status === "ACTIVE" &&
        item.product.stock >= item.quantity,
    }),
    addedAt: t.expose("addedAt", { type: "DateTime", description: "When it was first added." }),
  }),
});

type CartGroupShape = CartGroup & { userId: string };

const CartBusinessGroup = builder.objectRef<CartGroupShape>("CartBusinessGroup").implement({
  description: "The cart lines of one business: they become one order at checkout.",
  fields: (t) => ({
    business: t.prismaField({
      type: "Business",
      description: "The business selling these lines.",
      resolve: (query, group, _args, ctx) =>
        ctx.prisma.business.findUniqueOrThrow({ ...query, where: { id: group.businessId } }),
    }),
    lines: t.prismaField({
      type: ["CartItem"],
      description: "Its lines, in the order they were added.",
      resolve: (query, group, _args, ctx) =>
        ctx.prisma.cartItem.findMany({
          ...query,
          where: { userId: group.userId, productId: { in: group.productIds } },
          orderBy: [{ addedAt: "asc" }, { id: "asc" }],
        }),
    }),
    subtotal: t.field({ type: Money, description: "Sum of its line totals.", resolve: (g) => idr(g.subtotalIdr) }),
  }),
});

export const Cart = builder.objectRef<CartSummary>("Cart").implement({
  description: "The signed-in buyer's cart, at current prices.",
  fields: (t) => ({
    lines: t.prismaField({
      type: ["CartItem"],
      description: "Every line, in the order they were added.",
      resolve: (query, cart, _args, ctx) =>
        ctx.prisma.cartItem.findMany({
          ...query,
          where: { userId: cart.userId },
          orderBy: [{ addedAt: "asc" }, { id: "asc" }],
        }),
    }),
    businesses: t.field({
      type: [CartBusinessGroup],
      description: "Lines grouped by business, each with its subtotal (one order per business at checkout).",
      resolve: (cart) => cart.groups.map((g) => ({ ...g, userId: cart.userId })),
    }),
    itemCount: t.exposeInt("itemCount", { description: "Total units in the cart." }),
    total: t.field({ type: Money, description: "Grand total of all lines.", resolve: (cart) => idr(cart.totalIdr) }),
  }),
});

builder.queryField("cart", (t) =>
  t.field({
    type: Cart,
    description: "The signed-in user's cart.",
    authScopes: { loggedIn: true },
    resolve: (_root, _args, ctx) => summarizeCart(ctx.prisma, ctx.user!.id),
  }),
);

// User has no type-level `select`: its scalar columns (id included) are always loaded.
builder.objectField(UserRef, "cart", (t) =>
  t.field({
    type: Cart,
    description: "The user's cart.",
    resolve: (user, _args, ctx) => summarizeCart(ctx.prisma, user.id),
  }),
);
