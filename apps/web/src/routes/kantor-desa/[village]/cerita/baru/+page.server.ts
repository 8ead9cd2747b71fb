import { fail, redirect } from "@sveltejs/kit";

import { toWholeRupiah } from "#lib/forms/amounts.ts";
import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { CreateStory, PublishStory, STORY_FIELDS, STORY_KINDS, storyField } from "#lib/kantor-desa/stories.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

export const load: PageServerLoad = async (event) => {
  await event.parent();
  return {};
};

export const actions: Actions = {
  /** Saves the story as a draft and, when asked, publishes it straight away. */
  default: async (event) => {
    const values = formValues(await event.request.formData(), STORY_FIELDS);
    const office = await readForAction({ values }, () => requireOffice(event));
    if ("failure" in office) return office.failure;
    const { village } = office.ok;
    if (!(STORY_KINDS as readonly string[]).includes(values.kind)) {
      return fail(400, { values, errors: { fields: { kind: m.village_office_choose_story_kind() } } });
    }
    const input = {
      villageId: village.id,
      kind: values.kind as (typeof STORY_KINDS)[number],
      title: values.title,
      body: values.body,
      coverImageUrl: values.coverImageUrl.trim() || null,
      // A practice's structured fields; a story sends none. An empty cost is "not stated", 0 is "nothing"; text the
      // rupiah reader cannot read goes to the API as typed, so its answer names the field.
      ...(values.kind === "PRACTICE"
        ? {
            whatWasDone: values.whatWasDone,
            costIdr: values.costIdr.trim()
              ? (toWholeRupiah(values.costIdr, { allowZero: true }) ?? values.costIdr.trim())
              : null,
            whatChanged: values.whatChanged,
            contactRole: values.contactRole,
          }
        : {}),
    };
    const outcome = await mutate(event, CreateStory, { input }, { values });
    if ("failure" in outcome) return outcome.failure;
    const created = outcome.data.createStory;
    if (created.__typename !== "MutationCreateStorySuccess")
      return fail(400, { values, errors: errorsFrom(created, storyField) });
    const list = `/kantor-desa/${encodeURIComponent(village.slug)}/cerita`;
    if (values.publish !== "on") redirect(303, `${list}?tersimpan=draf`);
    // The draft is saved either way. If publishing fails, the list says so (not just "saved as draft") and
    // offers the publish button on the draft again.
    const published = await mutate(event, PublishStory, { input: { storyId: created.data.story.id } }, {});
    const ok = !("failure" in published) && published.data.publishStory.__typename === "MutationPublishStorySuccess";
    redirect(303, `${list}?tersimpan=${ok ? "terbit" : "draf-gagal-terbit"}`);
  },
};
