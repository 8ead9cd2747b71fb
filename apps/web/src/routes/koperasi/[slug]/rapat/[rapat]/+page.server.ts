import { error, fail, redirect } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate, submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { checkNodeId, loadCooperative, requireOfficer, requireOfficerOrMember } from "#lib/koperasi/access.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad, RequestEvent } from "./$types";

const MeetingQuery = graphql(`
  query CoopMeeting($id: ID!) {
    node(id: $id) {
      __typename
      ... on Meeting {
        id
        kind
        title
        fiscalYear
        scheduledAt
        location
        online
        status
        openedAt
        closedAt
        majorityPct
        viewerPresent
        quorum {
          present
          activeMembers
          quorumPct
          needed
          met
        }
        attendanceRoll {
          membershipId
          memberNumber
          fullName
          present
          voted
        }
        cooperative {
          id
        }
        motions {
          id
          position
          title
          description
          status
          kind
          surplus {
            amount
            currency
          }
          fundingRound {
            title
            slug
          }
          viewerVote
          tally {
            yes
            no
            abstain
            total
          }
        }
      }
    }
  }
`);

const OpenMeeting = graphql(`
  mutation CoopOpenMeeting($input: MeetingIdInput!) {
    openMeeting(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const CloseMeeting = graphql(`
  mutation CoopCloseMeeting($input: MeetingIdInput!) {
    closeMeeting(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

const CastVote = graphql(
  `
    mutation CoopCastVote($input: CastVoteInput!) {
      castVote(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const RecordAttendance = graphql(
  `
    mutation CoopRecordAttendance($input: RecordAttendanceInput!) {
      recordAttendance(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const RemoveAttendance = graphql(
  `
    mutation CoopRemoveAttendance($input: RemoveAttendanceInput!) {
      removeAttendance(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const NOTICES = ["dibuka", "ditutup", "suara", "hadir", "dihapus"] as const;

export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficerOrMember(event, role);
  const id = checkNodeId(event.params.rapat);
  const { node } = await runQuery(createApiClient(event), MeetingQuery, { id });
  if (node?.__typename !== "Meeting" || node.cooperative.id !== cooperative.id) error(404, "Not found");
  const info = event.url.searchParams.get("info");
  const notice = NOTICES.find((n) => n === info) ?? null;
  return {
    meeting: node,
    called: event.url.searchParams.has("dipanggil"),
    notice,
    // The API refuses to open a meeting before its time: the page says when instead of offering the button.
    due: new Date(node.scheduledAt).getTime() <= Date.now(),
  };
};

/** The meeting in the URL, after checking the viewer may act on it at all (the API decides the rest). */
async function meetingFor(event: RequestEvent, officerOnly: boolean) {
  const { cooperative, role } = await loadCooperative(event);
  if (officerOnly) requireOfficer(event, role);
  else requireOfficerOrMember(event, role);
  return { cooperative, meetingId: checkNodeId(event.params.rapat) };
}

/** Opening or closing: both answer the same shape and go back to the meeting with a notice. */
async function moveMeeting(event: RequestEvent, to: "open" | "close") {
  const { cooperative, meetingId } = await meetingFor(event, true);
  const action = to === "open" ? ("buka" as const) : ("tutup" as const);
  const outcome =
    to === "open"
      ? await mutate(event, OpenMeeting, { input: { meetingId } }, { action, values: {} })
      : await mutate(event, CloseMeeting, { input: { meetingId } }, { action, values: {} });
  if ("failure" in outcome) return outcome.failure;
  const result = "openMeeting" in outcome.data ? outcome.data.openMeeting : outcome.data.closeMeeting;
  if (!result.__typename.endsWith("Success")) {
    return fail(400, {
      action,
      values: {},
      errors: { form: "message" in result ? result.message : m.commerce_api_error(), fields: {} },
    });
  }
  redirect(303, `/koperasi/${cooperative.slug}/rapat/${meetingId}?info=${to === "open" ? "dibuka" : "ditutup"}`);
}

export const actions: Actions = {
  /** Opens the meeting: voting starts. */
  buka: (event) => moveMeeting(event, "open"),
  /** Closes the meeting: each motion gets its result; no more votes. */
  tutup: (event) => moveMeeting(event, "close"),
  /** The signed-in member's own vote on one motion (one member, one vote; the API refuses a second). */
  pilih: async (event) => {
    const { cooperative, meetingId } = await meetingFor(event, false);
    const values = formValues(await event.request.formData(), ["motionId", "choice"] as const);
    const motionId = checkNodeId(values.motionId);
    const step = motionId; // which motion's form the error belongs to
    if (values.choice !== "YES" && values.choice !== "NO" && values.choice !== "ABSTAIN") {
      return fail(400, {
        action: "pilih" as const,
        step,
        values,
        errors: { fields: { choice: m.coop_vote_choose() } },
      });
    }
    const outcome = await mutate(
      event,
      CastVote,
      { input: { motionId, choice: values.choice } },
      { action: "pilih" as const, step, values },
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.castVote;
    if (result.__typename !== "MutationCastVoteSuccess") {
      // Every refusal (not open, already voted, not a member) is about this motion's choice.
      return fail(400, { action: "pilih" as const, step, values, errors: errorsFrom(result, () => "choice") });
    }
    redirect(303, `/koperasi/${cooperative.slug}/rapat/${meetingId}?info=suara#usulan-${motionId}`);
  },

  /** Records the ticked members as present (officers; the meeting must be open). */
  hadir: async (event) => {
    const { cooperative, meetingId } = await meetingFor(event, true);
    const form = await event.request.formData();
    const membershipIds = form.getAll("membershipId").map((v) => checkNodeId(String(v)));
    if (membershipIds.length === 0) {
      return fail(400, {
        action: "hadir" as const,
        values: {},
        errors: { form: m.coop_attendance_choose(), fields: {} },
      });
    }
    const outcome = await submit(
      event,
      RecordAttendance,
      { input: { meetingId, membershipIds } },
      { action: "hadir" as const, values: {} },
      (data) => data.recordAttendance,
      () => undefined,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/rapat/${meetingId}?info=hadir#kehadiran`);
  },
  /** Takes one member off the attendance list (recorded by mistake; refused once they voted). */
  hapusHadir: async (event) => {
    const { cooperative, meetingId } = await meetingFor(event, true);
    const values = formValues(await event.request.formData(), ["membershipId"] as const);
    const membershipId = checkNodeId(values.membershipId);
    const outcome = await submit(
      event,
      RemoveAttendance,
      { input: { meetingId, membershipId } },
      { action: "hadir" as const, values: {} },
      (data) => data.removeAttendance,
      () => undefined,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/rapat/${meetingId}?info=dihapus#kehadiran`);
  },
};
