import { queryConfidential } from "#lib/confidential.server.ts";
import { VillageCasesQuery } from "#lib/kantor-desa/cases.ts";
import { isCaseStatus } from "#lib/kantor-desa/labels.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";

import type { PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const status = event.url.searchParams.get("status") ?? "";
  const page = readPageArgs(event.url.searchParams, 20);
  const data = await queryConfidential(event, VillageCasesQuery, {
    slug: village.slug,
    status: isCaseStatus(status) ? status : null,
    ...page,
  });
  const connection = data.village?.protectionCases;
  return {
    status: isCaseStatus(status) ? status : "",
    cases: (connection?.edges ?? []).map((edge) => edge.node),
    links: connection ? pageLinks(event.url, page, connection.pageInfo) : { previous: null, next: null },
  };
};
