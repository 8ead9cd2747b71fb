import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";

import type { PageServerLoad } from "./$types";

const ProvincesQuery = graphql(`
  query VillageListProvinces {
    provinces {
      id
      code
      name
    }
  }
`);

const VillagesQuery = graphql(
  `
    query VillageList($filter: VillageFilter, $first: Int, $after: String, $last: Int, $before: String) {
      villages(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
        pageInfo {
          ...PageInfoFields
        }
        edges {
          node {
            id
            name
            code
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
  [PageInfoFields],
);

const VILLAGES_PAGE_SIZE = 24;

export const load: PageServerLoad = async (event) => {
  const params = event.url.searchParams;
  const search = (params.get("q") ?? "").trim().slice(0, 100);
  const provinceCode = /^\d{2}$/.test(params.get("provinsi") ?? "") ? params.get("provinsi")! : "";
  const client = createApiClient(event);
  const { provinces } = await runQuery(client, ProvincesQuery, {});
  const province = provinces.find((p) => p.code === provinceCode);
  const page = readPageArgs(params, VILLAGES_PAGE_SIZE);
  const filtered = Boolean(search || provinceCode);
  if (provinceCode && !province) {
    return { search, provinceCode, provinces, filtered, villages: [], links: { previous: null, next: null } };
  }
  const filter = { ...(search ? { search } : {}), ...(province ? { provinceId: province.id } : {}) };
  const data = await runQuery(client, VillagesQuery, { filter, ...page });
  return {
    search,
    provinceCode,
    provinces,
    filtered,
    villages: data.villages.edges.map((edge) => edge.node),
    links: pageLinks(event.url, page, data.villages.pageInfo),
  };
};
