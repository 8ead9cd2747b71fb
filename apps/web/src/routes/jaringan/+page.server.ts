import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { partnerOf } from "#lib/jaringan/labels.ts";
import { PartnerLinkFields } from "#lib/jaringan/partner-link-fields.ts";

import type { PageServerLoad } from "./$types";

const NetworkQuery = graphql(
  `
    query NetworkPage {
      networkLinks(first: 100) {
        edges {
          node {
            ...PartnerLinkFields
          }
        }
      }
      networkVillages(first: 100) {
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
  const query = (event.url.searchParams.get("q") ?? "").trim().slice(0, 100);
  const [network, found] = await Promise.all([
    runQuery(client, NetworkQuery, {}),
    query ? runQuery(client, PracticeSearchQuery, { search: query }) : null,
  ]);
  const links = network.networkLinks.edges.map((edge) => edge.node);
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
  return { provinces, query, practices: found?.stories.edges.map((edge) => edge.node) ?? null };
};
