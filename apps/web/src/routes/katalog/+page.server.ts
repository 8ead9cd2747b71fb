import { buildProductFilter, CATALOGUE_PAGE_SIZE, hasFilters, readCatalogueQuery } from "#lib/catalogue.ts";
import { ProductCardFields } from "#lib/components/product-card-fields.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery, runQueryOrExplain } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";

import type { PageServerLoad } from "./$types";

const CatalogueOptionsQuery = graphql(`
  query CatalogueOptions {
    productCategories {
      id
      slug
      name
    }
    provinces {
      id
      code
      name
      regencies {
        id
        code
        name
      }
    }
    villages(first: 100) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

const CatalogueProductsQuery = graphql(
  `
    query CatalogueProducts(
      $filter: ProductFilter
      $orderBy: ProductOrder
      $first: Int
      $after: String
      $last: Int
      $before: String
      $search: String
    ) {
      products(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            ...ProductCardFields
            highlight(query: $search) {
              name {
                matches {
                  start
                  length
                }
              }
              snippet {
                text
                matches {
                  start
                  length
                }
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFields, ProductCardFields],
);

// Businesses and villages found by the same words, shown above the products.
const CatalogueSearchQuery = graphql(`
  query CatalogueSearch($query: String!) {
    search(query: $query) {
      businesses(first: 4) {
        totalCount
        edges {
          node {
            id
            name
            slug
            village {
              name
            }
            highlight(query: $query) {
              name {
                matches {
                  start
                  length
                }
              }
            }
          }
        }
      }
      villages(first: 4) {
        totalCount
        edges {
          node {
            id
            name
            code
            districtName
            highlight(query: $query) {
              name {
                matches {
                  start
                  length
                }
              }
            }
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const client = createApiClient(event);
  const query = readCatalogueQuery(event.url.searchParams);
  const options = await runQuery(client, CatalogueOptionsQuery, {});
  const villages = options.villages.edges.map((edge) => edge.node);
  const { filter, unknown } = buildProductFilter(query, {
    provinces: options.provinces,
    villages,
    categories: options.productCategories,
  });
  const page = readPageArgs(event.url.searchParams, CATALOGUE_PAGE_SIZE);

  const choices = {
    categories: options.productCategories,
    provinces: options.provinces,
    villages,
  };
  const noLinks = { previous: null, next: null };
  const empty = { products: [], totalCount: 0, links: noLinks, explanation: null, businesses: [], villages: [] };
  if (unknown) {
    // A code or slug that matches nothing (an old link): an honest empty result.
    return { query, filtered: true, options: choices, ...empty };
  }

  const [products, found] = await Promise.all([
    runQueryOrExplain(
      client,
      CatalogueProductsQuery,
      { filter, orderBy: query.order, search: query.search || null, ...page },
      // Filters no product can meet together (a minimum price above the maximum): the API says why.
      "CONTRADICTORY_FILTER",
    ),
    query.search ? runQuery(client, CatalogueSearchQuery, { query: query.search }) : null,
  ]);
  const matches = {
    businesses: found?.search.businesses.edges.map((edge) => edge.node) ?? [],
    villages: found?.search.villages.edges.map((edge) => edge.node) ?? [],
  };
  if (!products.data) {
    return { query, filtered: true, options: choices, ...empty, ...matches, explanation: products.explanation };
  }
  const data = products.data;
  return {
    query,
    filtered: hasFilters(query),
    options: choices,
    products: data.products.edges.map((edge) => edge.node),
    totalCount: data.products.totalCount,
    links: pageLinks(event.url, page, data.products.pageInfo),
    explanation: null,
    ...matches,
  };
};
