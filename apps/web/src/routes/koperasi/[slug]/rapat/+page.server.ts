import { fail, redirect } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadCooperative, requireOfficer, requireOfficerOrMember } from "#lib/koperasi/access.ts";
import { parseMotions, parseScheduledAt } from "#lib/koperasi/meeting-form.ts";
import { MutationErrors } from "#lib/mutation-errors.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { m } from "#lib/paraglide/messages.js";
import { errorsFrom, formValues, mutate, parseWholeNumber } from "#lib/server/commerce-forms.ts";

import type { Actions, PageServerLoad } from "./$types";

const MeetingsQuery = graphql(`
  query CoopMeetings($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
    cooperative(slug: $slug) {
      id
      meetings(first: $first, after: $after, last: $last, before: $before) {
        totalCount
        pageInfo {
          hasNextPage
          hasPreviousPage
          startCursor
          endCursor
        }
        edges {
          node {
            id
            kind
            title
            fiscalYear
            scheduledAt
            location
            online
            status
            motions {
              id
            }
          }
        }
      }
    }
  }
`);

const CallMeeting = graphql(
  `
    mutation CoopCallMeeting($input: CallMeetingInput!) {
      callMeeting(input: $input) {
        __typename
        ... on MutationCallMeetingSuccess {
          data {
            meeting {
              id
            }
          }
        }
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficerOrMember(event, role);
  const args = readPageArgs(event.url.searchParams, 10);
  const data = await runQuery(createApiClient(event), MeetingsQuery, { slug: cooperative.slug, ...args });
  const meetings = data.cooperative?.meetings;
  return {
    meetings: meetings?.edges.map((edge) => edge.node) ?? [],
    links: meetings ? pageLinks(event.url, args, meetings.pageInfo) : { previous: null, next: null },
  };
};

const FIELDS = ["kind", "title", "fiscalYear", "scheduledAt", "location", "online", "motions"] as const;
const fieldOf = (name: string) => ((FIELDS as readonly string[]).includes(name) ? name : undefined);

export const actions: Actions = {
  /** Calls a members' meeting with its agenda (one motion per line). Officers only. */
  panggil: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), FIELDS);
    const kind = values.kind === "EXTRAORDINARY" ? "EXTRAORDINARY" : "ANNUAL";
    const scheduledAt = parseScheduledAt(values.scheduledAt);
    if (!scheduledAt) {
      return fail(400, {
        action: "panggil" as const,
        values,
        errors: { fields: { scheduledAt: m.coop_meeting_date_invalid() } },
      });
    }
    const input = {
      cooperativeId: cooperative.id,
      kind,
      title: values.title,
      fiscalYear: values.fiscalYear.trim() ? (parseWholeNumber(values.fiscalYear) ?? 0) : null,
      scheduledAt,
      location: values.location,
      online: values.online === "on",
      motions: parseMotions(values.motions),
    } as const;
    const outcome = await mutate(event, CallMeeting, { input }, { action: "panggil" as const, values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.callMeeting;
    if (result.__typename !== "MutationCallMeetingSuccess") {
      return fail(400, { action: "panggil" as const, values, errors: errorsFrom(result, fieldOf) });
    }
    redirect(303, `/koperasi/${cooperative.slug}/rapat/${result.data.meeting.id}?dipanggil=1`);
  },
};
