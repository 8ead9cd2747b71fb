// Shared givens for the meeting tests: global IDs and a meeting called through the API.
import type { createTestApi } from "../../../../test/harness.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

export const CALL = `mutation($input: CallMeetingInput!) { callMeeting(input: $input) { __typename
  ... on MutationCallMeetingSuccess { data { meeting { id title status kind fiscalYear online motions { id position title status tally { yes } } } } }
  ... on InputValidationError { issues { path message } }
  ... on Error { message } } }`;

export const TRANSITION = (
  name: "openMeeting" | "closeMeeting",
) => `mutation($input: MeetingIdInput!) { ${name}(input: $input) { __typename
  ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { meeting { status motions { title status tally { yes no abstain total } } } } }
  ... on InvalidMeetingTransitionError { from to }
  ... on Error { message } } }`;

export const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { __typename
  ... on MutationCastVoteSuccess { data { choice motion { title viewerVote tally { yes } } } }
  ... on MeetingNotOpenError { status }
  ... on Error { message } } }`;

export async function juntinyuat(api: Api) {
  return api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-juntinyuat" } });
}

/** The chair calls a meeting with `motions` motions; returns its global ID and its motions' global IDs. */
export async function callMeetingAsChair(api: Api, officer: string, motions = 2) {
  const coop = await juntinyuat(api);
  const result = await api.gql(
    CALL,
    {
      input: {
        cooperativeId: gid("Cooperative", coop.id),
        kind: "EXTRAORDINARY",
        title: "Rapat Anggota Luar Biasa: rumah jemur bersama",
        scheduledAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
        location: "Balai Desa Juntinyuat",
        online: false,
        motions: Array.from({ length: motions }, (_, i) => ({
          title: `Usulan nomor ${i + 1}`,
          description: "Uraian usulan.",
        })),
      },
    },
    { session: officer },
  );
  const meeting = result.data!.callMeeting.data.meeting;
  return { coop, meetingId: meeting.id as string, motionIds: meeting.motions.map((m: any) => m.id) as string[] };
}
