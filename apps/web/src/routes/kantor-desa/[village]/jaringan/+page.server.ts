import { fail, redirect } from "@sveltejs/kit";

import { queryConfidential } from "#lib/confidential.server.ts";
import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { LINK_KINDS, type LinkKind } from "#lib/jaringan/labels.ts";
import { readForAction, requireOffice } from "#lib/kantor-desa/office.ts";
import { m } from "#lib/paraglide/messages.js";

import type { Actions, PageServerLoad } from "./$types";

const OfficeNetworkQuery = graphql(`
  query VillageOfficeNetwork($slug: String!) {
    village(slug: $slug) {
      id
      knownFor
      linkRequests(first: 50) {
        edges {
          node {
            id
            kind
            note
            fromVillage {
              id
              name
            }
            toVillage {
              id
              name
            }
          }
        }
      }
    }
    villages(first: 100) {
      edges {
        node {
          id
          name
          regency {
            name
          }
        }
      }
    }
  }
`);

const SetVillageKnownFor = graphql(
  `
    mutation SetVillageKnownFor($input: SetVillageKnownForInput!) {
      setVillageKnownFor(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const RequestVillageLink = graphql(
  `
    mutation RequestVillageLink($input: RequestVillageLinkInput!) {
      requestVillageLink(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const DecideVillageLink = graphql(
  `
    mutation DecideVillageLink($input: DecideVillageLinkInput!) {
      decideVillageLink(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const NOTICES = ["dikenal", "diminta", "diterima", "ditolak"] as const;

export const load: PageServerLoad = async (event) => {
  const { village } = await event.parent();
  const data = await queryConfidential(event, OfficeNetworkQuery, { slug: village.slug });
  const requests = (data.village?.linkRequests?.edges ?? []).map((edge) => edge.node);
  const notice = event.url.searchParams.get("tersimpan");
  return {
    knownFor: data.village?.knownFor ?? "",
    incoming: requests.filter((link) => link.toVillage.id === village.id),
    outgoing: requests.filter((link) => link.fromVillage.id === village.id),
    others: data.villages.edges.map((edge) => edge.node).filter((other) => other.id !== village.id),
    notice: (NOTICES as readonly string[]).includes(notice ?? "") ? notice : null,
  };
};

const back = (slug: string, notice: (typeof NOTICES)[number]) =>
  `/kantor-desa/${encodeURIComponent(slug)}/jaringan?tersimpan=${notice}`;

export const actions: Actions = {
  /** What the village is known for in the network. */
  dikenal: async (event) => {
    const values = formValues(await event.request.formData(), ["knownFor"]);
    const keep = { action: "dikenal" as const, values };
    const office = await readForAction(keep, () => requireOffice(event));
    if ("failure" in office) return office.failure;
    const { village } = office.ok;
    const input = { villageId: village.id, knownFor: values.knownFor };
    const outcome = await mutate(event, SetVillageKnownFor, { input }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.setVillageKnownFor;
    if (result.__typename !== "MutationSetVillageKnownForSuccess")
      return fail(400, { ...keep, errors: errorsFrom(result) });
    redirect(303, back(village.slug, "dikenal"));
  },
  /** Asks another village to link; it becomes public once that village's office accepts. */
  minta: async (event) => {
    const values = formValues(await event.request.formData(), ["toVillageId", "kind", "note"]);
    const keep = { action: "minta" as const, values };
    const office = await readForAction(keep, () => requireOffice(event));
    if ("failure" in office) return office.failure;
    const { village } = office.ok;
    const fields: Record<string, string> = {};
    if (!values.toVillageId) fields.toVillageId = m.village_office_choose_village();
    if (!(LINK_KINDS as readonly string[]).includes(values.kind)) fields.kind = m.village_office_choose_link_kind();
    if (Object.keys(fields).length > 0) return fail(400, { ...keep, errors: { fields } });
    const input = {
      fromVillageId: village.id,
      toVillageId: values.toVillageId,
      kind: values.kind as LinkKind,
      note: values.note,
    };
    const outcome = await mutate(event, RequestVillageLink, { input }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.requestVillageLink;
    if (result.__typename !== "MutationRequestVillageLinkSuccess")
      return fail(400, {
        ...keep,
        errors: errorsFrom(result, (name) =>
          name === "note"
            ? "note"
            : ["SameVillageError", "VillageLinkExistsError"].includes(name)
              ? "toVillageId"
              : undefined,
        ),
      });
    redirect(303, back(village.slug, "diminta"));
  },
  /** Accepts or declines a request sent to this village. */
  putuskan: async (event) => {
    const values = formValues(await event.request.formData(), ["linkId", "accept"]);
    const keep = { action: "putuskan" as const, values };
    const office = await readForAction(keep, () => requireOffice(event));
    if ("failure" in office) return office.failure;
    const accept = values.accept === "ya";
    const outcome = await mutate(event, DecideVillageLink, { input: { linkId: values.linkId, accept } }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.decideVillageLink;
    if (result.__typename !== "MutationDecideVillageLinkSuccess")
      return fail(400, { ...keep, errors: errorsFrom(result, () => undefined) });
    redirect(303, back(office.ok.village.slug, accept ? "diterima" : "ditolak"));
  },
};
