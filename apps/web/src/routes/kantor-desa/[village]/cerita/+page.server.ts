import { redirect } from "@sveltejs/kit";

import { queryConfidential } from "#lib/confidential.server.ts";
import { submit } from "#lib/forms/mutate.ts";
import { readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { PublishStory, VillageStoriesQuery } from "#lib/kantor-desa/stories.ts";

import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const data = await queryConfidential(event, VillageStoriesQuery, { slug: village.slug, villageId: village.id });
  return {
    drafts: (data.village?.storyDrafts?.edges ?? []).map((edge) => edge.node),
    published: data.stories.edges.map((edge) => edge.node),
    notice: event.url.searchParams.get("tersimpan"),
  };
};

export const actions: Actions = {
  /** Publishes a draft of this village. */
  terbitkan: async (event) => {
    const storyId = String((await event.request.formData()).get("storyId") ?? "");
    const office = await readForAction({ action: "terbitkan" as const, storyId }, () => requireOffice(event));
    if ("failure" in office) return office.failure;
    const { village } = office.ok;
    const outcome = await submit(
      event,
      PublishStory,
      { input: { storyId } },
      { action: "terbitkan" as const, storyId },
      (data) => data.publishStory,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/kantor-desa/${encodeURIComponent(village.slug)}/cerita?tersimpan=terbit`);
  },
};
