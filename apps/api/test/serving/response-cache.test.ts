// The cache of anonymous public reads: it serves repeated anonymous queries without the database, never serves a
// signed-in user or a partner from it, and every write through the API is visible to the next anonymous read at
// once (product edit, stock change, new order), on every API process sharing Redis.
import { randomUUID } from "node:crypto";

import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createApi } from "../../src/yoga.ts";
import { createTestApi } from "../harness.ts";
import { REDIS_URL, redisReachable } from "../redis.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;
type Yoga = ReturnType<typeof createApi>;

const PRODUCT = `query($slug: String!) { product(slug: $slug) { id priceIdr { amount } stock category { name } } }`;

interface ProductView {
  id: string;
  priceIdr: { amount: string };
  stock: number;
  category: { name: string };
}
/** Product queries answer `product`; mutations answer their payload's `__typename`. */
type Answer = { product: ProductView } & Record<string, { __typename: string }>;

async function ask(
  yoga: Yoga,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const response = await yoga.fetch("http://localhost/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: Answer; errors?: unknown };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data!;
}

const redisUrl = REDIS_URL;
const reachable = await redisReachable();

describe("public response cache", () => {
  let api: Api;
  let cached: Yoga;
  let slug: string;
  let productId: string;
  let ownerSession: string;

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    cached = createApi({ prisma: api.prisma, production: false, rateLimit: false, responseCache: {} });
    const product = await api.prisma.product.findFirstOrThrow({
      where: { status: "PUBLISHED", stock: { gt: 5 }, business: { owner: { email: "wirausaha@desamigran.id" } } },
    });
    slug = product.slug;
    productId = Buffer.from(`Product:${product.id}`).toString("base64");
    ownerSession = await api.signInAs("entrepreneur");
  }, 120_000);
  afterAll(async () => api?.cleanup());

  const anonymous = async () => (await ask(cached, PRODUCT, { slug })).product;
  const setPriceBehindTheApi = (priceIdr: bigint) => api.prisma.product.update({ where: { slug }, data: { priceIdr } });

  it("serves a repeated anonymous query from the cache, and never a signed-in user's", async () => {
    // Given an anonymous answer in the cache
    const first = await anonymous();
    // When the price changes behind the API's back (as a script would)
    await setPriceBehindTheApi(BigInt(first.priceIdr.amount) + 1_000n);
    // Then anonymous readers still get the cached answer, while a signed-in one reads the database
    expect((await anonymous()).priceIdr.amount).toBe(first.priceIdr.amount);
    const signedIn = await ask(cached, PRODUCT, { slug }, { cookie: `dm_session=${ownerSession}` });
    expect(signedIn.product.priceIdr.amount).toBe(String(BigInt(first.priceIdr.amount) + 1_000n));
  });

  it("keeps English and Indonesian answers apart", async () => {
    const indonesian = (await ask(cached, PRODUCT, { slug })).product.category.name;
    const english = (await ask(cached, PRODUCT, { slug }, { "accept-language": "en" })).product.category.name;
    expect(indonesian).not.toBe(english);
  });

  it("shows a product edit to the next anonymous reader at once", async () => {
    await anonymous();
    const edited = await ask(
      cached,
      `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { __typename } }`,
      { input: { productId, priceIdr: "77000" } },
      { cookie: `dm_session=${ownerSession}` },
    );
    expect(edited.updateProduct?.__typename).toBe("MutationUpdateProductSuccess");
    expect((await anonymous()).priceIdr.amount).toBe("77000");
  });

  it("shows a stock change at once", async () => {
    const before = (await anonymous()).stock;
    await ask(
      cached,
      `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { __typename } }`,
      { input: { productId, delta: 3 } },
      { cookie: `dm_session=${ownerSession}` },
    );
    expect((await anonymous()).stock).toBe(before + 3);
  });

  it("shows the stock a new order took at once", async () => {
    const before = (await anonymous()).stock;
    const buyer = await api.signInAs("buyer");
    const asBuyer = { cookie: `dm_session=${buyer}` };
    await ask(
      cached,
      `mutation($input: AddToCartInput!) { addToCart(input: $input) { __typename } }`,
      {
        input: { productId, quantity: 2 },
      },
      asBuyer,
    );
    const placed = await ask(
      cached,
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          idempotencyKey: randomUUID(),
          paymentMethod: "CASH_ON_DELIVERY",
          recipientName: "Pembeli Uji",
          phone: "081234567890",
          address: "Jl. Raya Juntinyuat No. 1, Indramayu",
        },
      },
      asBuyer,
    );
    expect(placed.placeOrder?.__typename).toBe("MutationPlaceOrderSuccess");
    expect((await anonymous()).stock).toBe(before - 2);
  });

  it.skipIf(!reachable)("invalidates every API process sharing Redis (skipped without Redis)", async () => {
    // Connected clients, so that the first requests do not race the connection (a miss is allowed, not wanted here).
    const clients = [new Redis(redisUrl), new Redis(redisUrl)];
    await Promise.all(clients.map((client) => client.ping()));
    const prefix = `dm:test:${randomUUID()}:`;
    const first = createApi({
      prisma: api.prisma,
      production: false,
      rateLimit: false,
      responseCache: { redis: clients[0], prefix },
    });
    const second = createApi({
      prisma: api.prisma,
      production: false,
      rateLimit: false,
      responseCache: { redis: clients[1], prefix },
    });
    // Given both processes have served (and so cached) the same anonymous answer
    const before = (await ask(first, PRODUCT, { slug })).product.priceIdr.amount;
    expect((await ask(second, PRODUCT, { slug })).product.priceIdr.amount).toBe(before);
    await setPriceBehindTheApi(BigInt(before) + 5n);
    expect((await ask(second, PRODUCT, { slug })).product.priceIdr.amount).toBe(before);
    // When a write goes through the first process
    await ask(
      first,
      `mutation($input: AdjustStockInput!) { adjustStock(input: $input) { __typename } }`,
      { input: { productId, delta: 1 } },
      { cookie: `dm_session=${ownerSession}` },
    );
    // Then the second no longer serves its cached answer
    expect((await ask(second, PRODUCT, { slug })).product.priceIdr.amount).toBe(String(BigInt(before) + 5n));
    for (const client of clients) client.disconnect();
  });
});
