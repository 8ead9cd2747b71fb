// A guest's cart: kept in a cookie (product IDs and quantities, nothing else) until the person signs in or signs
// up; then it joins their account's cart through the API's mergeGuestCart, and the cookie is gone.
import { type Cookies, error, type RequestEvent } from "@sveltejs/kit";

import { graphql } from "./gql.ts";
import { createApiClient, runMutation } from "./graphql.ts";

export const GUEST_CART_COOKIE = "dm_cart";
/** Notes from the last merge (products dropped or capped), shown once on /keranjang. */
export const CART_NOTES_COOKIE = "dm_cart_notes";
/** The API's limits (GUEST_CART_MAX_LINES, CART_LINE_MAX): a cookie past them is cut, never trusted. */
export const GUEST_CART_MAX_LINES = 20;
export const GUEST_CART_LINE_MAX = 999;
const GUEST_CART_DAYS = 30;
/** A Relay global ID as the API writes them (base64 of "Product:<uuid>"). */
const GLOBAL_ID = /^[A-Za-z0-9+/=_-]{8,120}$/;

export interface GuestCartLine {
  productId: string;
  quantity: number;
}

/**
 * Reads the guest cart from its cookie. The cookie comes from the browser and may be anything: every line is
 * checked (an ID of the API's shape, a whole quantity 1-999), duplicates are added up and at most 20 lines kept.
 */
export function parseGuestCart(raw: string | undefined | null): GuestCartLine[] {
  if (!raw || raw.length > 4096) return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return [];
  }
  if (!Array.isArray(parsed)) return [];
  const lines = new Map<string, number>();
  for (const entry of parsed) {
    if (!Array.isArray(entry) || entry.length !== 2) continue;
    const [productId, quantity] = entry as unknown[];
    if (typeof productId !== "string" || !GLOBAL_ID.test(productId)) continue;
    if (typeof quantity !== "number" || !Number.isInteger(quantity) || quantity < 1) continue;
    if (!lines.has(productId) && lines.size >= GUEST_CART_MAX_LINES) continue;
    lines.set(productId, Math.min(GUEST_CART_LINE_MAX, (lines.get(productId) ?? 0) + quantity));
  }
  return [...lines].map(([productId, quantity]) => ({ productId, quantity }));
}

type CookieEvent = { cookies: Cookies; url: URL };

export const readGuestCart = (event: CookieEvent) => parseGuestCart(event.cookies.get(GUEST_CART_COOKIE));

/** Writes the guest cart (or forgets it when empty). HttpOnly: no script of the page needs it. */
export function writeGuestCart(event: CookieEvent, lines: readonly GuestCartLine[]): void {
  const options = { path: "/", httpOnly: true, sameSite: "lax" as const, secure: event.url.protocol === "https:" };
  if (lines.length === 0) {
    event.cookies.delete(GUEST_CART_COOKIE, options);
    return;
  }
  const value = JSON.stringify(lines.slice(0, GUEST_CART_MAX_LINES).map((line) => [line.productId, line.quantity]));
  event.cookies.set(GUEST_CART_COOKIE, value, { ...options, maxAge: GUEST_CART_DAYS * 86_400 });
}

/** Sets a line's quantity (0 removes it); adding to a product already there adds up, capped at 999. */
export function changeGuestCart(
  lines: readonly GuestCartLine[],
  productId: string,
  quantity: number,
  mode: "add" | "set",
): GuestCartLine[] {
  const current = lines.find((line) => line.productId === productId)?.quantity ?? 0;
  const next = Math.min(GUEST_CART_LINE_MAX, mode === "add" ? current + quantity : quantity);
  const others = lines.filter((line) => line.productId !== productId);
  if (next <= 0) return others;
  if (current === 0 && others.length >= GUEST_CART_MAX_LINES) return others;
  return current === 0
    ? [...others, { productId, quantity: next }]
    : lines.map((line) => (line.productId === productId ? { productId, quantity: next } : line));
}

const GuestCartProducts = graphql(`
  query GuestCartProducts($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      ... on Product {
        id
        name
        slug
        unit
        stock
        status
        imageUrl
        priceIdr {
          amount
          currency
        }
        business {
          id
          name
          slug
          village {
            name
          }
        }
      }
    }
  }
`);

type Money = { amount: string; currency: string };
const idr = (amount: bigint): Money => ({ amount: amount.toString(), currency: "IDR" });

/**
 * The guest cart in the shape of the account's cart (lines grouped by business, subtotals, total), from the
 * products' public data. A product that is gone or no longer published is left out and named in `missing`.
 */
export async function loadGuestCart(event: Pick<RequestEvent, "cookies" | "fetch" | "url">) {
  const lines = readGuestCart(event);
  const empty = { itemCount: 0, total: idr(0n), businesses: [], missing: 0 };
  if (lines.length === 0) return empty;
  const result = await createApiClient(event)
    .query(GuestCartProducts, { ids: lines.map((l) => l.productId) })
    .toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  const data = result.data;
  if (!data) {
    // An ID the API cannot read (an edited cookie): the cart cannot be shown as it is, so it is forgotten.
    writeGuestCart(event, []);
    return { ...empty, missing: lines.length };
  }
  type Product = Extract<NonNullable<(typeof data.nodes)[number]>, { __typename: "Product" }>;
  const groups = new Map<
    string,
    {
      business: Product["business"];
      subtotalIdr: bigint;
      lines: { quantity: number; isAvailable: boolean; lineTotal: Money; product: Product }[];
    }
  >();
  let itemCount = 0;
  let totalIdr = 0n;
  let missing = 0;
  lines.forEach((line, index) => {
    const product = data.nodes[index];
    if (!product || product.__typename !== "Product" || product.status !== "PUBLISHED") {
      missing += 1;
      return;
    }
    const lineTotal = BigInt(product.priceIdr.amount) * BigInt(line.quantity);
    const group = groups.get(product.business.id) ?? { business: product.business, subtotalIdr: 0n, lines: [] };
    group.lines.push({
      quantity: line.quantity,
      isAvailable: product.stock >= line.quantity,
      lineTotal: idr(lineTotal),
      product,
    });
    group.subtotalIdr += lineTotal;
    groups.set(product.business.id, group);
    itemCount += line.quantity;
    totalIdr += lineTotal;
  });
  return {
    itemCount,
    total: idr(totalIdr),
    missing,
    businesses: [...groups.values()].map(({ subtotalIdr, ...group }) => ({ ...group, subtotal: idr(subtotalIdr) })),
  };
}

const MergeGuestCart = graphql(`
  mutation MergeGuestCart($input: MergeGuestCartInput!) {
    mergeGuestCart(input: $input) {
      __typename
      ... on MutationMergeGuestCartSuccess {
        data {
          notes {
            productName
            reason
            quantityInCart
          }
        }
      }
      ... on Error {
        message
      }
    }
  }
`);

export interface CartNote {
  productName: string;
  reason: "NOT_ON_SALE" | "OUT_OF_STOCK" | "CAPPED";
  quantityInCart: number;
}

/**
 * Right after sign-in or sign-up (the new session cookie already set on `event`): hands the guest cart to the
 * account and forgets the cookie. What did not join as it was is kept for /keranjang to say. A failure keeps the
 * guest cart for the next sign-in rather than losing it; signing in itself never fails because of the cart.
 */
export async function mergeGuestCartAfterSignIn(event: Pick<RequestEvent, "cookies" | "fetch" | "url">) {
  const lines = readGuestCart(event);
  if (lines.length === 0) return;
  const outcome = await runMutation(event, MergeGuestCart, { input: { lines } }).catch(() => null);
  const result = outcome?.ok ? outcome.data.mergeGuestCart : null;
  if (result?.__typename !== "MutationMergeGuestCartSuccess") {
    console.error("mergeGuestCart failed", result && "message" in result ? result.message : "API unavailable");
    // Refused as it is (an edited cookie): kept, it would fail at every sign-in. Unreachable API: kept for next time.
    if (result && result.__typename !== "ForbiddenError") writeGuestCart(event, []);
    return;
  }
  writeGuestCart(event, []);
  if (result.data.notes.length > 0) {
    event.cookies.set(CART_NOTES_COOKIE, JSON.stringify(result.data.notes), {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: event.url.protocol === "https:",
      maxAge: 600,
    });
  }
}

/** The notes of the last merge, once: reading them forgets them. */
export function takeCartNotes(event: CookieEvent): CartNote[] {
  const raw = event.cookies.get(CART_NOTES_COOKIE);
  if (!raw) return [];
  event.cookies.delete(CART_NOTES_COOKIE, { path: "/", secure: event.url.protocol === "https:" });
  try {
    const notes = JSON.parse(raw) as unknown;
    if (!Array.isArray(notes)) return [];
    return notes
      .filter(
        (note): note is CartNote =>
          typeof note?.productName === "string" &&
          ["NOT_ON_SALE", "OUT_OF_STOCK", "CAPPED"].includes(note?.reason) &&
          Number.isInteger(note?.quantityInCart),
      )
      .slice(0, GUEST_CART_MAX_LINES);
  } catch {
    return [];
  }
}
