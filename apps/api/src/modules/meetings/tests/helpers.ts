// Shared givens for the meeting tests: global IDs and a meeting called through the API.
import type { createTestApi } from "../../../../test/harness.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

export const CALL = `mutation($input: CallMeetingInput!) { callMeeting(input: $input) { __typename
  ... on MutationCallMeetingSuccess { data { meeting { id title status kind fiscalYear online motions { id position title status kind surplus { amount } fundingRound { id } tally { yes } } } } }
  ... on AnnualMeetingExistsError { fiscalYear }
  ... on InputValidationError { issues { path message } }
  ... on Error { message } } }`;

/** A global ID's database id. */
export const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

export const ATTEND = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) { __typename
  ... on MutationRecordAttendanceSuccess { data { meeting { quorum { present activeMembers quorumPct needed met } } } }
  ... on MeetingNotOpenError { status }
  ... on InputValidationError { issues { path message } }
  ... on Error { message } } }`;

export const TRANSITION = (
  name: "openMeeting" | "closeMeeting",
) => `mutation($input: MeetingIdInput!) { ${name}(input: $input) { __typename
  ... on Mutation${name[0]!.toUpperCase()}${name.slice(1)}Success { data { meeting { status motions { title status tally { yes no abstain total } } } } }
  ... on InvalidMeetingTransitionError { from to }
  ${name === "openMeeting" ? "... on MeetingNotYetDueError { opensAt }" : ""}
  ... on Error { message } } }`;

export const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { __typename
  ... on MutationCastVoteSuccess { data { choice motion { title viewerVote tally { yes } } } }
  ... on MeetingNotOpenError { status }
  ... on Error { message } } }`;

export async function juntinyuat(api: Api) {
  return api.prisma.cooperative.findUniqueOrThrow({ where: { slug: "kdmp-juntinyuat" } });
}

/**
 * The chair calls an extraordinary meeting with `motions` motions, due a minute ago unless `scheduledAt` says
 * otherwise; returns its global ID and its motions' global IDs.
 */
export async function callMeetingAsChair(api: Api, officer: string, motions = 2, scheduledAt?: Date) {
  const coop = await juntinyuat(api);
  const result = await api.gql(
    CALL,
    {
      input: {
        cooperativeId: gid("Cooperative", coop.id),
        kind: "EXTRAORDINARY",
        title: "Rapat Anggota Luar Biasa: rumah jemur bersama",
        scheduledAt: (scheduledAt ?? new Date(Date.now() - 60_000)).toISOString(),
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

/** The active members of the Juntinyuat cooperative, by member number, as Membership global IDs. */
export async function activeMembers(api: Api) {
  const coop = await juntinyuat(api);
  const members = await api.prisma.membership.findMany({
    where: { cooperativeId: coop.id, status: "ACTIVE" },
    orderBy: { memberNumber: "asc" },
    include: { person: { select: { user: { select: { email: true } } } } },
  });
  return members.map((m) => ({ ...m, gid: gid("Membership", m.id), email: m.person.user?.email ?? null }));
}

/** Opens the meeting and records the given members as present, through the API as the chair. */
export async function openWithAttendance(api: Api, officer: string, meetingId: string, membershipIds: string[]) {
  const opened = await api.gql(TRANSITION("openMeeting"), { input: { meetingId } }, { session: officer });
  if (opened.data?.openMeeting?.__typename !== "MutationOpenMeetingSuccess") throw new Error(JSON.stringify(opened));
  if (!membershipIds.length) return;
  const attended = await api.gql(ATTEND, { input: { meetingId, membershipIds } }, { session: officer });
  if (attended.data?.recordAttendance?.__typename !== "MutationRecordAttendanceSuccess")
    throw new Error(JSON.stringify(attended));
}
