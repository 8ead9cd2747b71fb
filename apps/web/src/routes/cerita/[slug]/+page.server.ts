import { error, fail, redirect } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { ADOPTION_STATUSES, type AdoptionStatus } from "#lib/jaringan/labels.ts";
import { m } from "#lib/paraglide/messages.js";
import { SESSION_COOKIE } from "#lib/session.ts";
import { loadVillageStories } from "#lib/village-stories.ts";

import type { Actions, PageServerLoad } from "./$types";

// The villages the signed-in visitor is an officer of: they may adopt a practice for them and report on it.
const OfficerVillagesQuery = graphql(`
  query StoryOfficerVillages {
    viewer {
      id
      villageOffices {
        village {
          id
          name
        }
      }
    }
  }
`);

const AdoptPractice = graphql(
  `
    mutation AdoptPractice($input: AdoptPracticeInput!) {
      adoptPractice(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const ReportPracticeAdoption = graphql(
  `
    mutation ReportPracticeAdoption($input: ReportPracticeAdoptionInput!) {
      reportPracticeAdoption(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const StoryQuery = graphql(`
  query StoryPage($slug: String!) {
    story(slug: $slug) {
      id
      slug
      title
      kind
      status
      body
      authorName
      authorBusiness {
        name
        slug
      }
      publishedAt
      coverImageUrl
      whatWasDone
      cost {
        amount
      }
      whatChanged
      contactRole
      adoptionCount
      adoptions(first: 50) {
        edges {
          node {
            id
            status
            outcome
            reportedAt
            village {
              id
              name
              code
            }
          }
        }
      }
      village {
        id
        name
        code
        districtName
        regency {
          name
        }
      }
    }
  }
`);

/** Slugs are lowercase words joined by hyphens; anything else cannot be a story. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const load: PageServerLoad = async (event) => {
  if (!SLUG.test(event.params.slug) || event.params.slug.length > 200) error(404, "Story not found");
  const client = createApiClient(event);
  // A draft is returned to its village's officers only; for anyone else it is null, like a missing story.
  const { story } = await runQuery(client, StoryQuery, { slug: event.params.slug });
  if (!story) error(404, "Story not found");
  // Anything but a published story is shown to its village's officers only: no shared cache may keep it.
  if (story.status !== "PUBLISHED") event.setHeaders({ "cache-control": "private, no-store" });
  const [more, officer] = await Promise.all([
    // Up to three other published stories of the same village, to keep reading.
    loadVillageStories(client, story.village.id, 4),
    story.kind === "PRACTICE" && event.cookies.get(SESSION_COOKIE) ? runQuery(client, OfficerVillagesQuery, {}) : null,
  ]);
  const officeVillages = officer?.viewer?.villageOffices.map((office) => office.village) ?? [];
  // A page with forms for one officer is not for a shared cache.
  if (officeVillages.length > 0) event.setHeaders({ "cache-control": "private, no-store" });
  const adoptedBy = new Set(story.adoptions.edges.map((edge) => edge.node.village.id));
  const notice = event.url.searchParams.get("tersimpan");
  return {
    notice: notice === "adopsi" || notice === "laporan" ? notice : null,
    /** Villages of this officer that may still adopt the practice (not its own, not already adopted). */
    canAdoptFor:
      story.status === "PUBLISHED"
        ? officeVillages.filter((v) => v.id !== story.village.id && !adoptedBy.has(v.id))
        : [],
    /** Adoptions this officer reports on. */
    reportable: story.adoptions.edges
      .map((edge) => edge.node)
      .filter((adoption) => officeVillages.some((v) => v.id === adoption.village.id)),
    story,
    moreFromVillage: more
      .filter((other) => other.id !== story.id)
      .slice(0, 3)
      .map(({ id, slug, title, publishedAt }) => ({ id, slug, title, publishedAt })),
  };
};

export const actions: Actions = {
  /** "We adopted it": the officer's village adopts the practice. Adopting twice is refused by the API. */
  adopsi: async (event) => {
    const values = formValues(await event.request.formData(), ["storyId", "villageId"]);
    const outcome = await mutate(event, AdoptPractice, { input: values }, { action: "adopsi", values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.adoptPractice;
    if (result.__typename !== "MutationAdoptPracticeSuccess")
      return fail(400, { action: "adopsi", values, errors: errorsFrom(result, () => undefined) });
    redirect(303, `/cerita/${encodeURIComponent(event.params.slug)}?tersimpan=adopsi#adopsi`);
  },
  /** How the adoption went: a status and the office's words. */
  laporkan: async (event) => {
    const values = formValues(await event.request.formData(), ["adoptionId", "status", "outcome"]);
    if (!(ADOPTION_STATUSES as readonly string[]).includes(values.status)) {
      return fail(400, {
        action: "laporkan",
        values,
        errors: { fields: { status: m.practice_report_status() } },
      });
    }
    const input = { adoptionId: values.adoptionId, status: values.status as AdoptionStatus, outcome: values.outcome };
    const outcome = await mutate(event, ReportPracticeAdoption, { input }, { action: "laporkan", values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.reportPracticeAdoption;
    if (result.__typename !== "MutationReportPracticeAdoptionSuccess")
      return fail(400, {
        action: "laporkan",
        values,
        errors: errorsFrom(result, (name) => (name === "outcome" ? name : undefined)),
      });
    redirect(303, `/cerita/${encodeURIComponent(event.params.slug)}?tersimpan=laporan#adopsi`);
  },
};
