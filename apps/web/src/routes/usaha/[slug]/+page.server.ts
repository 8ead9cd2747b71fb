import { error } from "@sveltejs/kit";

import { ProductCardFields } from "#lib/components/product-card-fields.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { RoundCardFields } from "#lib/pendanaan/round-card-fields.ts";
import { pickFeaturedRound } from "#lib/pendanaan/rounds.ts";

import type { PageServerLoad } from "./$types";

const BusinessQuery = graphql(
  `
    query BusinessPage($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
      business(slug: $slug) {
        id
        name
        slug
        ownerName
        returneeVerified
        story
        employees
        foundedAt
        village {
          name
          code
          districtName
          regency {
            name
            province {
              name
            }
          }
        }
        cooperative {
          name
          memberCount
        }
        fundingRounds(first: 10) {
          totalCount
          edges {
            node {
              ...RoundCard
            }
          }
        }
        products(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo {
            ...PageInfoFields
          }
          edges {
            node {
              ...ProductCardFields
            }
          }
        }
      }
    }
  `,
  [RoundCardFields, PageInfoFields, ProductCardFields],
);

const SLUG = /^[a-z0-9-]{1,160}$/;
const BUSINESS_PAGE_SIZE = 12;

export const load: PageServerLoad = async (event) => {
  if (!SLUG.test(event.params.slug)) error(404, "Business not found");
  const page = readPageArgs(event.url.searchParams, BUSINESS_PAGE_SIZE);
  const data = await runQuery(createApiClient(event), BusinessQuery, { slug: event.params.slug, ...page });
  if (!data.business) error(404, "Business not found");
  const { products, fundingRounds, ...business } = data.business;
  const featured = pickFeaturedRound(fundingRounds.edges.map((edge) => edge.node));
  return {
    business,
    fundingRound: featured,
    otherRoundCount: Math.max(fundingRounds.totalCount - (featured ? 1 : 0), 0),
    products: products.edges.map((edge) => edge.node),
    productCount: products.totalCount,
    links: pageLinks(event.url, page, products.pageInfo),
  };
};
