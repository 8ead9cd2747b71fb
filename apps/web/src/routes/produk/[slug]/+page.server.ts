import { error } from "@sveltejs/kit";

import { ProductCardFields } from "#lib/components/product-card-fields.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { WholesaleTierFields } from "#lib/wholesale-tier-fields.ts";

import type { PageServerLoad } from "./$types";

const ProductQuery = graphql(
  `
    query ProductPage($slug: String!) {
      product(slug: $slug) {
        id
        name
        slug
        description
        priceIdr {
          amount
          currency
        }
        unit
        stock
        weightGrams
        publishedAt
        imageUrls
        wholesalePriceTiers {
          ...WholesaleTierFields
        }
        category {
          name
          slug
        }
        business {
          name
          slug
          ownerName
          returneeVerified
          story
          village {
            name
            code
            regency {
              name
            }
          }
          cooperative {
            name
          }
          products(first: 5) {
            edges {
              node {
                ...ProductCardFields
              }
            }
          }
        }
      }
    }
  `,
  [WholesaleTierFields, ProductCardFields],
);

const SLUG = /^[a-z0-9-]{1,160}$/;

export const load: PageServerLoad = async (event) => {
  // Not a slug we could have made: no need to ask the API.
  if (!SLUG.test(event.params.slug)) error(404, "Product not found");
  const data = await runQuery(createApiClient(event), ProductQuery, { slug: event.params.slug });
  const product = data.product;
  if (!product) error(404, "Product not found");
  const { products, ...business } = product.business;
  return {
    product: { ...product, business },
    // Up to four others from the same maker.
    moreFromBusiness: products.edges
      .map((edge) => edge.node)
      .filter((other) => other.id !== product.id)
      .slice(0, 4),
  };
};
