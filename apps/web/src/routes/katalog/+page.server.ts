import { buildProductFilter, CATALOGUE_PAGE_SIZE, hasFilters, readCatalogueQuery } from "#lib/catalogue.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
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

const CatalogueProductsQuery = graphql(`
  query CatalogueProducts(
    $filter: ProductFilter
    $orderBy: ProductOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    products(filter: $filter, orderBy: $orderBy, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
      edges {
        node {
          id
          name
          slug
          priceIdr {
            amount
            currency
          }
          unit
          stock
          imageUrl
          business {
            name
            village {
              name
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
  if (unknown) {
    // A code or slug that matches nothing (an old link): an honest empty result.
    return {
      query,
      filtered: true,
      options: choices,
      products: [],
      totalCount: 0,
      links: { previous: null, next: null },
    };
  }

  const data = await runQuery(client, CatalogueProductsQuery, { filter, orderBy: query.order, ...page });
  return {
    query,
    filtered: hasFilters(query),
    options: choices,
    products: data.products.edges.map((edge) => edge.node),
    totalCount: data.products.totalCount,
    links: pageLinks(event.url, page, data.products.pageInfo),
  };
};
