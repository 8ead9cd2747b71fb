import { fail, redirect } from "@sveltejs/kit";

import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql, type ResultOf } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";
import { requireSession, SESSION_COOKIE, signInUrl } from "#lib/session.ts";

import type { Actions, PageServerLoad } from "./$types";

const PartnerKeysQuery = graphql(`
  query PartnerKeys {
    viewer {
      id
    }
    viewerOrganizations {
      id
      name
      kind
      apiKeys {
        id
        name
        prefix
        scopes
        createdAt
        lastUsedAt
        revokedAt
      }
    }
  }
`);

const CreateApiKey = graphql(
  `
    mutation PartnerCreateApiKey($input: CreateApiKeyInput!) {
      createApiKey(input: $input) {
        __typename
        ...MutationErrors
        ... on MutationCreateApiKeySuccess {
          data {
            key
            apiKey {
              id
              name
              prefix
            }
          }
        }
      }
    }
  `,
  [MutationErrors],
);

const RevokeApiKey = graphql(`
  mutation PartnerRevokeApiKey($input: RevokeApiKeyInput!) {
    revokeApiKey(input: $input) {
      __typename
      ... on Error {
        message
      }
      ... on MutationRevokeApiKeySuccess {
        data {
          apiKey {
            id
            name
            prefix
            revokedAt
          }
        }
      }
    }
  }
`);

type Scope = NonNullable<
  ResultOf<typeof PartnerKeysQuery>["viewerOrganizations"][number]["apiKeys"]
>[number]["scopes"][number];

/** The scopes the API accepts, in the order the form offers them. */
const SCOPES: readonly Scope[] = ["CATALOG_READ", "AGGREGATES_READ", "PROGRAMS_WRITE"];

export const load: PageServerLoad = async (event) => {
  // The page lists the user's keys and, rendered after "create" without JavaScript, holds the new
  // secret: no shared cache, back/forward cache or history may keep a copy. Set before the sign-in
  // redirect too, so no variant of this address is ever cached.
  event.setHeaders({ "cache-control": "private, no-store" });
  const signIn = signInUrl(event.url.pathname + event.url.search);
  if (!event.cookies.get(SESSION_COOKIE)) redirect(303, signIn);
  const data = await runQuery(createApiClient(event), PartnerKeysQuery, {});
  if (!data.viewer) redirect(303, signIn);

  const organizations = data.viewerOrganizations.map((organization) => ({
    ...organization,
    apiKeys: organization.apiKeys ?? [],
  }));
  // `?cabut=<id>` asks to confirm a revocation: a page of its own, so confirming works without JavaScript.
  const revokeId = event.url.searchParams.get("cabut");
  let confirming: { id: string; name: string; prefix: string; organizationName: string } | null = null;
  for (const organization of organizations) {
    const key = organization.apiKeys.find((apiKey) => apiKey.id === revokeId && !apiKey.revokedAt);
    if (key) confirming = { id: key.id, name: key.name, prefix: key.prefix, organizationName: organization.name };
  }
  return { organizations, confirming, scopes: SCOPES };
};

const CREATE_FIELDS = ["organizationId", "name"] as const;
const createField = (name: string) => (name === "name" || name === "scopes" ? name : undefined);

export const actions: Actions = {
  /** Creates a key; its secret is in this one response only (never stored, never shown again). */
  buat: async (event) => {
    requireSession(event);
    const form = await event.request.formData();
    const values = formValues(form, CREATE_FIELDS);
    const scopes = form.getAll("scopes").filter((scope): scope is Scope => SCOPES.includes(scope as Scope));
    const keep = { action: "buat" as const, values: { ...values, scopes: scopes.join(",") } };
    if (!values.organizationId) {
      return fail(400, { ...keep, errors: { form: m.partner_keys_no_organization(), fields: {} } });
    }
    const input = { organizationId: values.organizationId, name: values.name, scopes };
    const outcome = await submit(event, CreateApiKey, { input }, keep, (data) => data.createApiKey, createField);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    const { key, apiKey } = result.data;
    return {
      action: "buat" as const,
      created: { key, name: apiKey.name, prefix: apiKey.prefix, organizationId: values.organizationId },
    };
  },

  /** Revokes a key after the confirmation step; the API refuses it from then on. */
  cabut: async (event) => {
    requireSession(event);
    const values = formValues(await event.request.formData(), ["apiKeyId"] as const);
    const keep = { action: "cabut" as const, values };
    const outcome = await submit(
      event,
      RevokeApiKey,
      { input: { apiKeyId: values.apiKeyId } },
      keep,
      (data) => data.revokeApiKey,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.success;
    return { action: "cabut" as const, revoked: { name: result.data.apiKey.name, prefix: result.data.apiKey.prefix } };
  },
};
