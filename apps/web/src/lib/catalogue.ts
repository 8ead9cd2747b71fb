/**
 * The catalogue's query string: readable parameters (`?q=keripik&kategori=keripik&desa=3212140001`)
 * that a GET form writes and a shared link carries. Codes and slugs are mapped to the API's IDs
 * on the server; anything unknown or malformed is dropped rather than failing the page.
 */

export const PRODUCT_ORDERS = ["RELEVANCE", "NEWEST", "PRICE_ASC", "PRICE_DESC", "NAME"] as const;
export type ProductOrder = (typeof PRODUCT_ORDERS)[number];

export const CATALOGUE_PAGE_SIZE = 12;

export interface CatalogueQuery {
  search: string;
  province: string;
  regency: string;
  village: string;
  category: string;
  minPrice: string;
  maxPrice: string;
  inStock: boolean;
  /** Only businesses an officer verified as a returnee's (`?terverifikasi=1`). */
  verified: boolean;
  order: ProductOrder;
}

const DIGITS = /^\d{1,13}$/; // up to Rp 9,9 trillion: more than any product costs
const SLUG = /^[a-z0-9-]{1,100}$/;

/** Accepts `25000`, `25.000` and `Rp 25.000` as typed by people; returns whole rupiah or "". */
export function normalisePrice(value: string | null): string {
  const digits = (value ?? "").replace(/^\s*rp\.?\s*/i, "").replace(/[.\s]/g, "");
  if (!DIGITS.test(digits)) return "";
  return BigInt(digits).toString();
}

function pick(params: URLSearchParams, name: string, pattern: RegExp): string {
  const value = params.get(name)?.trim() ?? "";
  return pattern.test(value) ? value : "";
}

/** The order when the address names none: best match first for a search, newest first otherwise. */
export function defaultOrder(search: string): ProductOrder {
  return search ? "RELEVANCE" : "NEWEST";
}

export function readCatalogueQuery(params: URLSearchParams): CatalogueQuery {
  const search = (params.get("q") ?? "").trim().slice(0, 100);
  const urut = params.get("urut");
  // Relevance needs words; without them a shared "?urut=RELEVANCE" link shows the newest.
  const order =
    PRODUCT_ORDERS.includes(urut as ProductOrder) && (search || urut !== "RELEVANCE")
      ? (urut as ProductOrder)
      : defaultOrder(search);
  return {
    search,
    province: pick(params, "provinsi", /^\d{2}$/),
    regency: pick(params, "kabupaten", /^\d{4}$/),
    village: pick(params, "desa", /^\d{10}$/),
    category: pick(params, "kategori", SLUG),
    minPrice: normalisePrice(params.get("min")),
    maxPrice: normalisePrice(params.get("max")),
    inStock: params.get("stok") === "1",
    verified: params.get("terverifikasi") === "1",
    order,
  };
}

/** Whether any filter narrows the list (the order alone does not). */
export function hasFilters(query: CatalogueQuery): boolean {
  return Boolean(
    query.search ||
    query.province ||
    query.regency ||
    query.village ||
    query.category ||
    query.minPrice ||
    query.maxPrice ||
    query.inStock ||
    query.verified,
  );
}

export interface CatalogueLookups {
  provinces: { id: string; code: string; regencies: { id: string; code: string }[] }[];
  villages: { id: string; code: string }[];
  categories: { id: string; slug: string }[];
}

export interface ProductFilterInput {
  search?: string;
  provinceId?: string;
  regencyId?: string;
  villageId?: string;
  categoryId?: string;
  minPriceIdr?: string;
  maxPriceIdr?: string;
  inStock?: boolean;
  returneeVerified?: boolean;
}

/**
 * The API filter for a query. An unknown code or slug narrows to nothing rather than being
 * ignored: a link to a village that left should not silently show every product.
 */
export function buildProductFilter(
  query: CatalogueQuery,
  lookups: CatalogueLookups,
): { filter: ProductFilterInput; unknown: boolean } {
  const filter: ProductFilterInput = {};
  let unknown = false;
  const resolve = (code: string, found: { id: string } | undefined) => {
    if (!code) return undefined;
    if (!found) unknown = true;
    return found?.id;
  };
  if (query.search) filter.search = query.search;
  filter.provinceId = resolve(
    query.province,
    lookups.provinces.find((p) => p.code === query.province),
  );
  const regencies = lookups.provinces.flatMap((p) => p.regencies);
  filter.regencyId = resolve(
    query.regency,
    regencies.find((r) => r.code === query.regency),
  );
  filter.villageId = resolve(
    query.village,
    lookups.villages.find((v) => v.code === query.village),
  );
  filter.categoryId = resolve(
    query.category,
    lookups.categories.find((c) => c.slug === query.category),
  );
  if (query.minPrice) filter.minPriceIdr = query.minPrice;
  if (query.maxPrice) filter.maxPriceIdr = query.maxPrice;
  if (query.inStock) filter.inStock = true;
  if (query.verified) filter.returneeVerified = true;
  for (const key of Object.keys(filter) as (keyof ProductFilterInput)[])
    if (filter[key] === undefined) delete filter[key];
  return { filter, unknown };
}
