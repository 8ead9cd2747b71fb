import { buildSchema, parse, validate } from "graphql";
import { readFileSync } from "node:fs";
import { ERROR_FIELDS, ORDER_FIELDS, STOCK_ERROR } from "/work/main/apps/api/src/modules/orders/tests/fixtures.ts";
const schema = buildSchema(readFileSync("/work/main/packages/graphql-client/schema.graphql", "utf8"));
const docs = [`mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
      ... on MutationPlaceOrderSuccess { data { replayed checkout { total { amount } paymentMethod orders { ${ORDER_FIELDS} } } } }
      ${ERROR_FIELDS} ${STOCK_ERROR} } }`];
for (const d of docs) console.log(validate(schema, parse(d)).map((e) => e.message));
