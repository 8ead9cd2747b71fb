import { redirect } from "@sveltejs/kit";

import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";
import {
  CategoriesQuery,
  parseWholeNumber,
  PRODUCT_FIELDS,
  productField,
  productInput,
} from "#lib/usahaku/product-form.server.ts";

import type { Actions, PageServerLoad } from "./$types";

const CreateProduct = graphql(
  `
    mutation CreateProduct($input: CreateProductInput!) {
      createProduct(input: $input) {
        __typename
        ... on MutationCreateProductSuccess {
          data {
            product {
              id
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  await event.parent();
  const data = await runQuery(createApiClient(event), CategoriesQuery, {});
  return { categories: data.productCategories };
};

export const actions: Actions = {
  default: async (event) => {
    const business = await requireMyBusiness(event);
    const values = formValues(await event.request.formData(), PRODUCT_FIELDS);
    const input = { ...productInput(values), businessId: business.id, stock: parseWholeNumber(values.stock) ?? -1 };
    const outcome = await submit(
      event,
      CreateProduct,
      { input },
      { values },
      (data) => data.createProduct,
      productField,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    redirect(303, `/usahaku/produk?dibuat=${encodeURIComponent(result.data.product.id)}`);
  },
};
