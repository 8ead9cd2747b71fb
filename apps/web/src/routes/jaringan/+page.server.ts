import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { partnerOf } from "#lib/jaringan/labels.ts";
import { PartnerLinkFields } from "#lib/jaringan/partner-link-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";

import type { PageServerLoad } from "./$types";

const PAGE_SIZE = 30;

const NetworkQuery = graphql(`
  query NetworkPage($provinceCode: String, $first: Int, $after: String, $last: Int, $before: String) {
    provinces {
      code
      name
    }
    networkVillages(provinceCode: $provinceCode, first: $first, after: $after, last: $last, before: $before) {
      pageInfo {
        startCursor
        endCursor
        hasNextPage
        hasPreviousPage
      }
      edges {
        node {
          id
          code
          name
          knownFor
          practiceCount
          regency {
            name
            province {
              name
            }
          }
        }
      }
    }
  }
`);

// The links of the villages on this page only: a page of villages has at most PAGE_SIZE of them, each with a few.
const NetworkLinksQuery = graphql(
  `
    query NetworkLinks($villageIds: [ID!]!) {
      networkLinks(first: 100, villageIds: $villageIds) {
        edges {
          node {
            ...PartnerLinkFields
          }
        }
      }
    }
  `,
  [PartnerLinkFields],
);

const PracticeSearchQuery = graphql(`
  query NetworkPracticeSearch($search: String!) {
    stories(first: 20, filter: { kind: PRACTICE, search: $search }) {
      edges {
        node {
          id
          slug
          title
          adoptionCount
          village {
            name
            code
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const client = createApiClient(event);
  const params = event.url.searchParams;
  const query = (params.get("q") ?? "").trim().slice(0, 100);
  const province = params.get("provinsi") ?? "";
  const provinceCode = /^[0-9]{2}$/.test(province) ? province : null;
  const page = readPageArgs(params, PAGE_SIZE);
  const [network, found] = await Promise.all([
    runQuery(client, NetworkQuery, { ...page, provinceCode }),
    query ? runQuery(client, PracticeSearchQuery, { search: query }) : null,
  ]);
  const villageIds = network.networkVillages.edges.map((edge) => edge.node.id);
  const links = villageIds.length
    ? (await runQuery(client, NetworkLinksQuery, { villageIds })).networkLinks.edges.map((edge) => edge.node)
    : [];
  // Grouped by province in the API's order (province, then village name).
  const provinces: { name: string; villages: typeof villages }[] = [];
  const villages = network.networkVillages.edges.map(({ node }) => ({
    id: node.id,
    code: node.code,
    name: node.name,
    regency: node.regency.name,
    province: node.regency.province.name,
    knownFor: node.knownFor,
    practiceCount: node.practiceCount,
    partners: links
      .filter((link) => link.fromVillage.id === node.id || link.toVillage.id === node.id)
      .map((link) => ({ kind: link.kind, village: partnerOf(link, node.id) })),
  }));
  for (const village of villages) {
    const last = provinces.at(-1);
    if (last?.name === village.province) last.villages.push(village);
    else provinces.push({ name: village.province, villages: [village] });
  }
  return {
    provinces,
    query,
    practices: found?.stories.edges.map((edge) => edge.node) ?? null,
    provinceChoices: network.provinces,
    provinceCode,
    pages: pageLinks(event.url, page, network.networkVillages.pageInfo),
  };
};
