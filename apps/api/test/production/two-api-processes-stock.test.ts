// Two API processes (compose.yaml's api-1 and api-2) on one database: 200 buyers split across both race for a
// product with 50 in stock. Stock is reserved inside the checkout's transaction with a row lock, so which process a
// buyer lands on does not matter: exactly 50 units are sold, never more, and stock ends at zero. PostgreSQL only:
// the embedded database answers one query at a time for one process, and replicas run on PostgreSQL.
import { randomBytes } from "node:crypto";

import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { demoSeedTemplate } from "../../seed/template.ts";
import { createSession } from "../../src/modules/auth/sessions.ts";
import { embeddedDatabase, productionEnv, type ServeProcess, startServe } from "./serve-process.ts";

const BUYERS = 200;
const STOCK = 50;
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

const ADD = `mutation($input: AddToCartInput!) { addToCart(input: $input) { __typename } }`;
const PLACE = `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) { __typename } }`;

describe.skipIf(embeddedDatabase)(
  "two API processes sell one stock (PostgreSQL only: replicas need a database server)",
  { timeout: 240_000 },
  () => {
    let database: TestDatabase;
    const replicas: ServeProcess[] = [];

    beforeAll(async () => {
      database = await createTestDatabase({ prepared: await demoSeedTemplate() });
      // A generous per-address limit: this test is about stock, not throttling (every buyer comes from loopback).
      const env = { ...productionEnv(database.url), RATE_LIMIT_IP_POINTS: "100000" };
      replicas.push(await startServe("api", env), await startServe("api", env));
    }, 180_000);
    afterAll(async () => {
      for (const replica of replicas) replica.kill();
      await database?.cleanup();
    });

    it("never oversells: 200 buyers, 50 in stock, both processes", async () => {
      const p = database.prisma;
      const product = await p.product.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { slug: "asc" } });
      await p.product.update({ where: { id: product.id }, data: { stock: STOCK } });
      const sold = async () =>
        (await p.orderLine.aggregate({ where: { productId: product.id }, _sum: { quantity: true } }))._sum.quantity ??
        0;
      const soldBefore = await sold();
      const tag = randomBytes(3).toString("hex");
      await p.user.createMany({
        data: Array.from({ length: BUYERS }, (_, i) => ({
          email: `pembeli-${tag}-${i}@example.id`,
          name: `Pembeli ${i}`,
          passwordHash: "not-a-real-hash",
        })),
      });
      const users = await p.user.findMany({
        where: { email: { startsWith: `pembeli-${tag}-` } },
        select: { id: true },
      });
      const tokens: string[] = [];
      for (const user of users) tokens.push((await createSession(p, user.id, "race")).token);

      const call = async (i: number, query: string, variables: Record<string, unknown>) => {
        const replica = replicas[i % 2]!;
        const response = await fetch(`${replica.apiOrigin}/graphql`, {
          method: "POST",
          headers: { "content-type": "application/json", cookie: `dm_session=${tokens[i]}` },
          body: JSON.stringify({ query, variables }),
        });
        const body = (await response.json()) as { data?: Record<string, { __typename: string }> };
        return Object.values(body.data ?? {})[0]?.__typename ?? `HTTP ${response.status}`;
      };
      // every buyer puts one unit in the cart, then all check out at once, alternating between the processes
      const added = await Promise.all(
        tokens.map((_, i) => call(i, ADD, { input: { productId: gid("Product", product.id), quantity: 1 } })),
      );
      expect(added.filter((t) => t !== "MutationAddToCartSuccess")).toEqual([]);
      const placed = await Promise.all(
        tokens.map((_, i) =>
          call(i, PLACE, {
            input: {
              idempotencyKey: `race-${tag}-${i}`,
              paymentMethod: "BANK_TRANSFER",
              recipientName: `Pembeli ${i}`,
              phone: "081234567890",
              address: "Jl. Raya Juntinyuat No. 1, Indramayu",
            },
          }),
        ),
      );
      const count = (typename: string) => placed.filter((t) => t === typename).length;
      expect(count("MutationPlaceOrderSuccess")).toBe(STOCK);
      expect(count("InsufficientStockError")).toBe(BUYERS - STOCK);
      expect(await sold()).toBe(soldBefore + STOCK);
      expect((await p.product.findUniqueOrThrow({ where: { id: product.id } })).stock).toBe(0);
    });
  },
);
