// Rules of the catalogue (businesses, products, stock) and of the buyer's cart. No GraphQL here: callers pass the
// PrismaClient and plain values; failures are domain errors from ./errors.ts and ../common/errors.ts.
import { randomBytes } from "node:crypto";

import type { PrismaClient } from "@desa-migran/db";

import { NotFoundError } from "../common/errors.ts";
import { slugify } from "../common/slug.ts";
import { isUniqueViolation } from "../common/unique-violation.ts";
import { leaveCooperative, requestCooperative } from "../trust/service.ts";
import {
  CartQuantityLimitError,
  CooperativeNotInVillageError,
  InsufficientStockError,
  ProductNotPublishedError,
  StockOutOfRangeError,
} from "./errors.ts";

/** Most units of one product a cart line (and so one order line) may hold. */
export const CART_LINE_MAX = 999;
/** Largest stock a product may hold; keeps the 32-bit stock column far from overflow. */
export const STOCK_MAX = 1_000_000;
/** Highest price of one unit, in whole rupiah (also a CHECK on Product). */
export const PRICE_MAX_IDR = 1_000_000_000_000n;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** IDs arrive decoded from global IDs and may be any string; a malformed one finds nothing (never a database error). */
export function assertId(id: string | null | undefined, entity: string): asserts id is string {
  if (!id || !UUID.test(id)) throw new NotFoundError(entity);
}

/** The business a product belongs to, for authorization; null when there is no such product. */
export async function businessIdOfProduct(prisma: PrismaClient, productId: string): Promise<string | null> {
  if (!UUID.test(productId)) return null;
  const product = await prisma.product.findUnique({ where: { id: productId }, select: { businessId: true } });
  return product?.businessId ?? null;
}

/**
 * Creates a row under a unique slug derived from `name`: the plain slug if free, else `slug-2`, `slug-3`...
 * Two requests racing for the same slug: the loser hits the unique index and retries with a random suffix.
 */
async function createWithUniqueSlug<T>(
  name: string,
  taken: (prefix: string) => Promise<string[]>,
  create: (slug: string) => Promise<T>,
): Promise<T> {
  const base = slugify(name);
  const used = new Set(await taken(base));
  let slug = base;
  for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
  for (let attempt = 0; ; attempt++) {
    try {
      return await create(slug);
    } catch (error) {
      if (!isUniqueViolation(error, /slug/i) || attempt >= 3) throw error;
      slug = `${base}-${randomBytes(3).toString("hex")}`;
    }
  }
}

// ───────────────────────── Businesses ─────────────────────────

export interface BusinessInput {
  name: string;
  story: string;
  villageId: string;
  cooperativeId?: string | null;
  employees: number;
}

async function checkCooperative(prisma: PrismaClient, villageId: string, cooperativeId: string | null | undefined) {
  if (!cooperativeId) return;
  const cooperative = await prisma.cooperative.findUnique({
    where: { id: cooperativeId },
    select: { villageId: true },
  });
  if (!cooperative) throw new NotFoundError("Cooperative");
  if (cooperative.villageId !== villageId) throw new CooperativeNotInVillageError();
}

/**
 * Registers a business owned by the signed-in user, under a generated unique slug. Naming a cooperative asks it to
 * accept the business (trust/service.ts); the business uses the cooperative's name only once accepted.
 */
export async function registerBusiness(prisma: PrismaClient, ownerId: string, input: BusinessInput) {
  assertId(input.villageId, "Village");
  if (input.cooperativeId) assertId(input.cooperativeId, "Cooperative");
  const village = await prisma.village.findUnique({ where: { id: input.villageId }, select: { id: true } });
  if (!village) throw new NotFoundError("Village");
  await checkCooperative(prisma, input.villageId, input.cooperativeId);
  const owner = await prisma.user.findUniqueOrThrow({ where: { id: ownerId }, select: { personId: true } });
  const business = await createWithUniqueSlug(
    input.name,
    async (prefix) =>
      (await prisma.business.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map(
        (b) => b.slug,
      ),
    (slug) =>
      prisma.business.create({
        data: {
          slug,
          name: input.name,
          story: input.story,
          ownerId,
          ownerPersonId: owner.personId,
          villageId: input.villageId,
          employees: input.employees,
        },
      }),
  );
  if (input.cooperativeId) {
    await requestCooperative(prisma, { businessId: business.id, cooperativeId: input.cooperativeId }, ownerId);
  }
  return business;
}

export interface BusinessChanges {
  name?: string | null;
  story?: string | null;
  cooperativeId?: string | null;
  /** True to leave the cooperative (cooperativeId null means "unchanged"). */
  leaveCooperative?: boolean | null;
  employees?: number | null;
}

/**
 * Changes a business's public details. The slug stays, so links keep working. Naming another cooperative asks it to
 * accept the business; until it does, the business stays with the cooperative that accepted it before, if any.
 */
export async function updateBusiness(
  prisma: PrismaClient,
  businessId: string,
  changes: BusinessChanges,
  userId: string,
) {
  assertId(businessId, "Business");
  if (changes.cooperativeId) assertId(changes.cooperativeId, "Cooperative");
  const business = await prisma.business.findUnique({ where: { id: businessId } });
  if (!business) throw new NotFoundError("Business");
  // requestCooperative checks the cooperative (it exists, same village) inside the transaction.
  return prisma.$transaction(async (tx) => {
    if (changes.cooperativeId && changes.cooperativeId !== business.cooperativeId) {
      await requestCooperative(tx, { businessId, cooperativeId: changes.cooperativeId }, userId);
    } else if (!changes.cooperativeId && changes.leaveCooperative) {
      await leaveCooperative(tx, businessId, userId);
    }
    return tx.business.update({
      where: { id: businessId },
      data: {
        ...(changes.name != null ? { name: changes.name } : {}),
        ...(changes.story != null ? { story: changes.story } : {}),
        ...(changes.employees != null ? { employees: changes.employees } : {}),
      },
    });
  });
}

// ───────────────────────── Products ─────────────────────────

export interface ProductInput {
  businessId: string;
  categoryId: string;
  name: string;
  description: string;
  priceIdr: bigint;
  stock: number;
  unit: string;
  weightGrams?: number | null;
  imageUrls: string[];
}

async function checkCategory(prisma: PrismaClient, categoryId: string) {
  assertId(categoryId, "ProductCategory");
  const category = await prisma.productCategory.findUnique({ where: { id: categoryId }, select: { id: true } });
  if (!category) throw new NotFoundError("ProductCategory");
}

/** Creates a product as a DRAFT: only its owner sees it until it is published. */
export async function createProduct(prisma: PrismaClient, input: ProductInput) {
  assertId(input.businessId, "Business");
  const business = await prisma.business.findUnique({ where: { id: input.businessId }, select: { id: true } });
  if (!business) throw new NotFoundError("Business");
  await checkCategory(prisma, input.categoryId);
  return createWithUniqueSlug(
    input.name,
    async (prefix) =>
      (await prisma.product.findMany({ where: { slug: { startsWith: prefix } }, select: { slug: true } })).map(
        (p) => p.slug,
      ),
    (slug) =>
      prisma.product.create({
        data: {
          slug,
          businessId: input.businessId,
          categoryId: input.categoryId,
          name: input.name,
          description: input.description,
          priceIdr: input.priceIdr,
          stock: input.stock,
          unit: input.unit,
          weightGrams: input.weightGrams ?? null,
          imageUrls: input.imageUrls,
          status: "DRAFT",
        },
      }),
  );
}

export interface ProductChanges {
  categoryId?: string | null;
  name?: string | null;
  description?: string | null;
  priceIdr?: bigint | null;
  unit?: string | null;
  weightGrams?: number | null;
  imageUrls?: string[] | null;
}

/**
 * Changes a product's details. Stock is not edited here (see adjustStock), and past orders never change: their
 * lines hold a copy of the name and price.
 */
export async function updateProduct(prisma: PrismaClient, productId: string, changes: ProductChanges) {
  assertId(productId, "Product");
  const product = await prisma.product.findUnique({ where: { id: productId }, select: { id: true } });
  if (!product) throw new NotFoundError("Product");
  if (changes.categoryId) await checkCategory(prisma, changes.categoryId);
  return prisma.product.update({
    where: { id: productId },
    data: {
      ...(changes.categoryId ? { categoryId: changes.categoryId } : {}),
      ...(changes.name != null ? { name: changes.name } : {}),
      ...(changes.description != null ? { description: changes.description } : {}),
      ...(changes.priceIdr != null ? { priceIdr: changes.priceIdr } : {}),
      ...(changes.unit != null ? { unit: changes.unit } : {}),
      ...(changes.weightGrams != null ? { weightGrams: changes.weightGrams } : {}),
      ...(changes.imageUrls != null ? { imageUrls: changes.imageUrls } : {}),
    },
  });
}

/** Puts a product on sale; `publishedAt` keeps the first publication so the catalogue order is stable. */
export async function publishProduct(prisma: PrismaClient, productId: string) {
  assertId(productId, "Product");
  const product = await prisma.product.findUnique({ where: { id: productId } });
  if (!product) throw new NotFoundError("Product");
  if (product.status === "PUBLISHED") return product;
  return prisma.product.update({
    where: { id: productId },
    data: { status: "PUBLISHED", publishedAt: product.publishedAt ?? new Date() },
  });
}

/** Withdraws a product from sale. Carts keep the line, but it cannot be checked out until published again. */
export async function unpublishProduct(prisma: PrismaClient, productId: string) {
  assertId(productId, "Product");
  assertId(productId, "Product");
  const product = await prisma.product.findUnique({ where: { id: productId } });
  if (!product) throw new NotFoundError("Product");
  if (product.status !== "PUBLISHED") return product;
  return prisma.product.update({ where: { id: productId }, data: { status: "UNPUBLISHED" } });
}

/**
 * Adds `delta` (negative to remove) to a product's stock in one conditional UPDATE, so concurrent checkouts and
 * adjustments never take it below 0 or above STOCK_MAX; otherwise nothing changes and StockOutOfRangeError says why.
 */
export async function adjustStock(prisma: PrismaClient, productId: string, delta: number) {
  assertId(productId, "Product");
  const { count } = await prisma.product.updateMany({
    where: { id: productId, stock: { gte: Math.max(0, -delta), lte: STOCK_MAX - Math.max(0, delta) } },
    data: { stock: { increment: delta } },
  });
  const product = await prisma.product.findUnique({ where: { id: productId } });
  if (!product) throw new NotFoundError("Product");
  if (count === 0) throw new StockOutOfRangeError(productId, product.stock, delta, STOCK_MAX);
  return product;
}

// ───────────────────────── Cart ─────────────────────────

/** A product can go into a cart (and an order) only while published by an active business. */
async function loadSellableProduct(prisma: Pick<PrismaClient, "product">, productId: string) {
  assertId(productId, "Product");
  const product = await prisma.product.findUnique({
    where: { id: productId },
    select: { id: true, stock: true, status: true, business: { select: { status: true } } },
  });
  if (!product) throw new NotFoundError("Product");
  if (product.status !== "PUBLISHED" || product.business.status !== "ACTIVE")
    throw new ProductNotPublishedError(productId);
  return product;
}

/**
 * Adds units of a product to the user's cart, on top of any already there. The line total may not exceed the
 * stock (InsufficientStockError) nor CART_LINE_MAX; the check and the write happen in one transaction.
 */
export async function addToCart(prisma: PrismaClient, userId: string, productId: string, quantity: number) {
  return prisma.$transaction(async (tx) => {
    const product = await loadSellableProduct(tx, productId);
    const line = await tx.cartItem.upsert({
      where: { userId_productId: { userId, productId } },
      create: { userId, productId, quantity },
      update: { quantity: { increment: quantity } },
    });
    if (line.quantity > CART_LINE_MAX) throw new CartQuantityLimitError(CART_LINE_MAX);
    if (line.quantity > product.stock) throw new InsufficientStockError(productId, product.stock, line.quantity);
    return line;
  });
}

/** Sets the quantity of a cart line; 0 removes it. */
export async function updateCartItem(prisma: PrismaClient, userId: string, productId: string, quantity: number) {
  if (quantity === 0) return removeFromCart(prisma, userId, productId);
  assertId(productId, "Product");
  const line = await prisma.cartItem.findUnique({ where: { userId_productId: { userId, productId } } });
  if (!line)
    throw new NotFoundError("CartItem", "Produk ini tidak ada di keranjang Anda.", "This product is not in your cart.");
  const product = await loadSellableProduct(prisma, productId);
  if (quantity > product.stock) throw new InsufficientStockError(productId, product.stock, quantity);
  await prisma.cartItem.update({ where: { id: line.id }, data: { quantity } });
}

/** Removes a product from the cart. */
export async function removeFromCart(prisma: PrismaClient, userId: string, productId: string) {
  assertId(productId, "Product");
  const { count } = await prisma.cartItem.deleteMany({ where: { userId, productId } });
  if (count === 0)
    throw new NotFoundError("CartItem", "Produk ini tidak ada di keranjang Anda.", "This product is not in your cart.");
}

export interface CartGroup {
  businessId: string;
  subtotalIdr: bigint;
  productIds: string[];
}

export interface CartSummary {
  userId: string;
  itemCount: number;
  totalIdr: bigint;
  groups: CartGroup[];
}

/** The cart's totals: a subtotal per business (one order each at checkout) and the grand total, at current prices. */
export async function summarizeCart(prisma: PrismaClient, userId: string): Promise<CartSummary> {
  const items = await prisma.cartItem.findMany({
    where: { userId },
    orderBy: [{ addedAt: "asc" }, { id: "asc" }],
    select: { quantity: true, product: { select: { id: true, priceIdr: true, businessId: true } } },
  });
  const groups = new Map<string, CartGroup>();
  let totalIdr = 0n;
  let itemCount = 0;
  for (const item of items) {
    const lineTotal = item.product.priceIdr * BigInt(item.quantity);
    const group = groups.get(item.product.businessId) ?? {
      businessId: item.product.businessId,
      subtotalIdr: 0n,
      productIds: [],
    };
    group.subtotalIdr += lineTotal;
    group.productIds.push(item.product.id);
    groups.set(group.businessId, group);
    totalIdr += lineTotal;
    itemCount += item.quantity;
  }
  return { userId, itemCount, totalIdr, groups: [...groups.values()] };
}
