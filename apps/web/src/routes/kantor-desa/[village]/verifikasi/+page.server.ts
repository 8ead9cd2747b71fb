import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireOffice } from "#lib/kantor-desa/office.ts";
import { BusinessesToVerify, businessesToVerify, searchCandidates, verifyAction } from "#lib/verification.ts";

import type { Actions, PageServerLoad } from "./$types";

// The village officers' side of returnee verification (the cooperative's officers have theirs on /koperasi/…/tinjauan).
const ToVerifyQuery = graphql(
  `
    query VillageBusinessesToVerify($villageId: ID!) {
      node(id: $villageId) {
        ... on Village {
          ...BusinessesToVerify
        }
      }
    }
  `,
  [BusinessesToVerify],
);

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const data = await runQuery(createApiClient(event), ToVerifyQuery, { villageId: village.id });
  const found = data.node && "businessesToVerify" in data.node ? data.node : null;
  return {
    toVerify: businessesToVerify(found),
    search: await searchCandidates(event, village.id),
  };
};

export const actions: Actions = {
  verifikasi: async (event) => {
    await requireOffice(event);
    return verifyAction(event);
  },
};
