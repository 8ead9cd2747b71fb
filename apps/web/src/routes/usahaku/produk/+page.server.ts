import { error, fail } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";

import type { Actions, PageServerLoad } from "./$types";

const ProductsQuery = graphql(`
  query OwnProducts($id: ID!) {
    node(id: $id) {
      __typename
      ... on Business {
        allProducts(first: 100) {
          totalCount
          edges {
            node {
              id
              name
              slug
              status
              stock
              unit
              priceIdr {
                amount
                currency
              }
            }
          }
        }
      }
    }
  }
`);

const PublishProduct = graphql(`
  mutation PublishProduct($input: PublishProductInput!) {
    publishProduct(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const UnpublishProduct = graphql(`
  mutation UnpublishProduct($input: PublishProductInput!) {
    unpublishProduct(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const AdjustStock = graphql(
  `
    mutation AdjustStock($input: AdjustStockInput!) {
      adjustStock(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const { business } = await event.parent();
  if (!business) error(404, "No business");
  const data = await runQuery(createApiClient(event), ProductsQuery, { id: business.id });
  if (data.node?.__typename !== "Business") error(404, "No business");
  return {
    products: data.node.allProducts.edges.map((edge) => edge.node),
    totalCount: data.node.allProducts.totalCount,
    created: event.url.searchParams.get("dibuat"),
  };
};

type Action = "terbitkan" | "tarik" | "stok";

async function productAction(event: Parameters<Actions[string]>[0], action: Action) {
  await requireMyBusiness(event);
  const values = formValues(await event.request.formData(), ["productId", "delta"]);
  const keep = { action, values };
  const productId = values.productId;
  if (action === "stok") {
    const outcome = await mutate(
      event,
      AdjustStock,
      { input: { productId, delta: parseWholeNumber(values.delta) ?? 0 } },
      keep,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.adjustStock;
    if (result.__typename !== "MutationAdjustStockSuccess") {
      return fail(400, {
        ...keep,
        errors: errorsFrom(result, (name) =>
          name === "delta" || name === "StockOutOfRangeError" ? "delta" : undefined,
        ),
      });
    }
    return { action, productId, done: true };
  }
  const outcome =
    action === "terbitkan"
      ? await mutate(event, PublishProduct, { input: { productId } }, keep)
      : await mutate(event, UnpublishProduct, { input: { productId } }, keep);
  if ("failure" in outcome) return outcome.failure;
  const result = "publishProduct" in outcome.data ? outcome.data.publishProduct : outcome.data.unpublishProduct;
  if (!result.__typename.endsWith("Success")) {
    return fail(400, { ...keep, errors: { form: "message" in result ? result.message : undefined, fields: {} } });
  }
  return { action, productId, done: true };
}

export const actions: Actions = {
  terbitkan: (event) => productAction(event, "terbitkan"),
  tarik: (event) => productAction(event, "tarik"),
  stok: (event) => productAction(event, "stok"),
};
