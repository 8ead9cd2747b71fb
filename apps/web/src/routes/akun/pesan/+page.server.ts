import { fail, redirect } from "@sveltejs/kit";

import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runMutation, runQuery } from "#lib/graphql.ts";
import { requireViewer } from "#lib/viewer.ts";

import type { Actions, PageServerLoad } from "./$types";

const PreferencesQuery = graphql(`
  query MessagePreferences {
    viewer {
      id
      messagePreferences {
        category
        enabled
      }
    }
  }
`);

const SetPreferences = graphql(
  `
    mutation SetMessagePreferences($input: SetMessagePreferencesInput!) {
      setMessagePreferences(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const CATEGORIES = ["ORDERS", "INVESTMENTS", "COOPERATIVE", "PROTECTION"] as const;
type Category = (typeof CATEGORIES)[number];
const isCategory = (value: string): value is Category => (CATEGORIES as readonly string[]).includes(value);

export const load: PageServerLoad = async (event) => {
  await requireViewer(event);
  const data = await runQuery(createApiClient(event), PreferencesQuery, {});
  return {
    preferences: data.viewer?.messagePreferences ?? [],
    saved: event.url.searchParams.has("disimpan"),
  };
};

export const actions: Actions = {
  // The ticked boxes are the categories to receive: an unticked checkbox is not sent at all.
  default: async (event) => {
    await requireViewer(event);
    const form = await event.request.formData();
    const enabledCategories = form.getAll("kategori").map(String).filter(isCategory);
    const outcome = await runMutation(event, SetPreferences, { input: { enabledCategories } });
    if (!outcome.ok) return fail(503, { failed: true });
    if (outcome.data.setMessagePreferences.__typename !== "MutationSetMessagePreferencesSuccess") {
      return fail(400, { failed: true });
    }
    redirect(303, "/akun/pesan?disimpan");
  },
};
