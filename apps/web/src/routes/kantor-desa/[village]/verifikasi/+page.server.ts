import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireOffice } from "#lib/kantor-desa/office.ts";
import { searchCandidates, verifyAction } from "#lib/tinjauan/verification.ts";

import type { Actions, PageServerLoad } from "./$types";

// The village officers' side of returnee verification (the cooperative's officers have theirs on /koperasi/…/tinjauan).
const ToVerifyQuery = graphql(`
  query VillageBusinessesToVerify($villageId: ID!) {
    node(id: $villageId) {
      ... on Village {
        businessesToVerify(first: 50) {
          edges {
            node {
              id
              name
              slug
              ownerName
            }
          }
        }
      }
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const data = await runQuery(createApiClient(event), ToVerifyQuery, { villageId: village.id });
  const node = data.node && "businessesToVerify" in data.node ? data.node : null;
  return {
    toVerify: node?.businessesToVerify.edges.map((edge) => edge.node) ?? [],
    search: await searchCandidates(event, village.id),
  };
};

export const actions: Actions = {
  verifikasi: async (event) => {
    await requireOffice(event);
    return verifyAction(event);
  },
};
