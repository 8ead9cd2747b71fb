import { error, type RequestHandler } from "@sveltejs/kit";

import { csvDownload } from "#lib/download.server.ts";
import { todayInJakarta } from "#lib/format.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient } from "#lib/graphql.ts";
import { SESSION_COOKIE } from "#lib/session.ts";

const MembersCsvQuery = graphql(`
  query CoopMembersCsv($slug: String!) {
    cooperative(slug: $slug) {
      slug
      membersCsv
    }
  }
`);

/** The member register with savings per kind, for the cooperative's officers (the API refuses anyone else). */
export const GET: RequestHandler = async (event) => {
  if (!event.cookies.get(SESSION_COOKIE)) error(401, "Sign in first");
  const result = await createApiClient(event)
    .query(MembersCsvQuery, { slug: event.params.slug ?? "" })
    .toPromise();
  if (result.error?.networkError) error(503, "API unavailable");
  const cooperative = result.data?.cooperative;
  if (!cooperative?.membersCsv) error(404, "Not found");
  return csvDownload(cooperative.membersCsv, `anggota-${cooperative.slug}-${todayInJakarta()}`);
};
