import { error } from "@sveltejs/kit";

import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { checkGlobalId } from "#lib/global-id.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";
import { CategoriesQuery, PRODUCT_FIELDS, productField, productInput } from "#lib/usahaku/product-form.server.ts";

import type { Actions, PageServerLoad } from "./$types";

const ProductQuery = graphql(`
  query OwnProduct($id: ID!) {
    node(id: $id) {
      __typename
      ... on Product {
        id
        name
        slug
        description
        status
        stock
        unit
        weightGrams
        imageUrls
        priceIdr {
          amount
          currency
        }
        category {
          id
        }
        business {
          id
        }
      }
    }
  }
`);

const UpdateProduct = graphql(
  `
    mutation UpdateProduct($input: UpdateProductInput!) {
      updateProduct(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const { business } = await event.parent();
  checkGlobalId(event.params.id);
  const client = createApiClient(event);
  const [data, categories] = await Promise.all([
    runQuery(client, ProductQuery, { id: event.params.id }),
    runQuery(client, CategoriesQuery, {}),
  ]);
  const product = data.node?.__typename === "Product" ? data.node : null;
  // Another seller's product is not editable here, whatever the API would say.
  if (!product || product.business.id !== business?.id) error(404, "Product not found");
  return {
    product,
    categories: categories.productCategories,
    values: {
      name: product.name,
      description: product.description,
      priceIdr: product.priceIdr.amount,
      stock: String(product.stock),
      unit: product.unit,
      categoryId: product.category.id,
      imageUrls: product.imageUrls.join("\n"),
      weightGrams: product.weightGrams === null ? "" : String(product.weightGrams),
    },
  };
};

export const actions: Actions = {
  default: async (event) => {
    await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), PRODUCT_FIELDS);
    const input = { ...productInput(values), productId: event.params.id };
    const outcome = await submit(
      event,
      UpdateProduct,
      { input },
      { values },
      (data) => data.updateProduct,
      productField,
    );
    if ("failure" in outcome) return outcome.failure;
    return { values, saved: true };
  },
};
