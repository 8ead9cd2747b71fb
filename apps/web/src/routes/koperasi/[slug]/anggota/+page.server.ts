import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireOfficer } from "#lib/koperasi/access.ts";
import { SavingsBalancesFields } from "#lib/koperasi/savings-fields.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";

import type { PageServerLoad } from "./$types";

// Ten rows fit a phone screen with their three balances; a village cooperative has tens to hundreds of members.
const PAGE_SIZE = 10;

const MembersQuery = graphql(
  `
    query CoopMembers(
      $slug: String!
      $first: Int
      $after: String
      $last: Int
      $before: String
      $filter: MembershipFilter
    ) {
      cooperative(slug: $slug) {
        id
        members(first: $first, after: $after, last: $last, before: $before, filter: $filter) {
          totalCount
          pageInfo {
            ...PageInfoFields
          }
          edges {
            node {
              id
              fullName
              memberNumber
              status
              joinedAt
              savings {
                ...SavingsBalancesFields
              }
            }
          }
        }
      }
    }
  `,
  [PageInfoFields, SavingsBalancesFields],
);

/** Members and their savings, paged by member number; `?cari=` searches name or number, `?status=` narrows. */
export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const params = event.url.searchParams;
  const search = (params.get("cari") ?? "").trim().slice(0, 100);
  const statusParam = params.get("status");
  const status = statusParam === "ACTIVE" || statusParam === "LEFT" ? statusParam : null;
  const args = readPageArgs(params, PAGE_SIZE);
  const data = await runQuery(createApiClient(event), MembersQuery, {
    slug: cooperative.slug,
    ...args,
    filter: { ...(search ? { search } : {}), ...(status ? { status } : {}) },
  });
  const members = data.cooperative?.members;
  return {
    search,
    status,
    totalCount: members?.totalCount ?? 0,
    members: members?.edges.map((edge) => edge.node) ?? [],
    links: members ? pageLinks(event.url, args, members.pageInfo) : { previous: null, next: null },
  };
};
