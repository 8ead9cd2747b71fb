import { fail, redirect } from "@sveltejs/kit";

import { parseRupiah } from "#lib/forms/amounts.ts";
import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadCooperative, requireOfficerOrMember } from "#lib/koperasi/access.ts";
import { parseMotions, parseScheduledAt } from "#lib/koperasi/meeting-form.ts";
import { PageInfoFields } from "#lib/page-info-fields.ts";
import { pageLinks, readPageArgs } from "#lib/pagination.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const MeetingsQuery = graphql(
  `
    query CoopMeetings($slug: String!, $first: Int, $after: String, $last: Int, $before: String) {
      cooperative(slug: $slug) {
        id
        bylaws {
          meetingCallers
        }
        meetings(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo {
            ...PageInfoFields
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
  `,
  [PageInfoFields],
);

// Members-only rounds waiting for review: a meeting's motion may approve them (officers only read the queue).
const MembersOnlyRoundsQuery = graphql(`
  query CoopRoundsForMotions($slug: String!) {
    cooperative(slug: $slug) {
      roundsInReview(first: 50) {
        edges {
          node {
            id
            title
            isPublic
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
  const inReview =
    role.officerTitle !== null
      ? await runQuery(createApiClient(event), MembersOnlyRoundsQuery, { slug: cooperative.slug })
      : null;
  return {
    membersOnlyRounds: (inReview?.cooperative?.roundsInReview.edges ?? [])
      .map((edge) => edge.node)
      .filter((round) => !round.isPublic),
    // The by-laws may let any active member call a meeting (the API checks it again).
    mayCall:
      role.officerTitle !== null ||
      (role.memberNumber !== null && data.cooperative?.bylaws.meetingCallers === "OFFICERS_AND_MEMBERS"),
    meetings: meetings?.edges.map((edge) => edge.node) ?? [],
    links: meetings ? pageLinks(event.url, args, meetings.pageInfo) : { previous: null, next: null },
  };
};

const FIELDS = [
  "kind",
  "title",
  "fiscalYear",
  "scheduledAt",
  "location",
  "online",
  "motions",
  "adopt",
  "surplus",
] as const;
const fieldOf = (name: string) =>
  name === "surplusIdr" ? "surplus" : (FIELDS as readonly string[]).includes(name) ? name : undefined;

export const actions: Actions = {
  /**
   * Calls a members' meeting with its agenda (one motion per line, plus, for a RAT, the motion adopting the annual
   * report and its surplus). Officers, or members when the by-laws allow it: the API decides.
   */
  panggil: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficerOrMember(event, role);
    const formData = await event.request.formData();
    const values = formValues(formData, FIELDS);
    // Each ticked members-only round becomes a motion approving it ("id|title": the title names it on the agenda).
    const roundMotions = formData
      .getAll("round")
      .filter((entry): entry is string => typeof entry === "string" && entry.includes("|"))
      .map((entry) => {
        const [fundingRoundId, ...title] = entry.split("|");
        return {
          title: m.trust_round_motion_title({ title: title.join("|") }).slice(0, 200),
          description: "",
          kind: "APPROVE_FUNDING_ROUND" as const,
          surplusIdr: null,
          fundingRoundId: fundingRoundId!,
        };
      });
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
      kind: kind as "ANNUAL" | "EXTRAORDINARY",
      title: values.title,
      fiscalYear: values.fiscalYear.trim() ? (parseWholeNumber(values.fiscalYear) ?? 0) : null,
      scheduledAt,
      location: values.location,
      online: values.online === "on",
      motions: [
        ...parseMotions(values.motions).map((motion) => ({ ...motion, kind: "GENERAL" as const, surplusIdr: null })),
        ...(values.adopt === "on"
          ? [
              {
                title: m.coop_adopt_motion_title({ year: values.fiscalYear.trim() }),
                description: "",
                kind: "ADOPT_ANNUAL_REPORT" as const,
                surplusIdr: parseRupiah(values.surplus),
              },
            ]
          : []),
        ...roundMotions,
      ],
    };
    const outcome = await submit(
      event,
      CallMeeting,
      { input },
      { action: "panggil" as const, values },
      (data) => data.callMeeting,
      fieldOf,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    redirect(303, `/koperasi/${cooperative.slug}/rapat/${result.data.meeting.id}?dipanggil=1`);
  },
};
