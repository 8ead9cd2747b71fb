// Helpers for tests that need a partner organization and its API keys, made through the real mutations.
import type { createTestApi } from "./harness.ts";

type TestApi = Awaited<ReturnType<typeof createTestApi>>;

/** The first organization the session's user belongs to (the seeded partner owns one university). */
export async function viewerOrganization(
  api: TestApi,
  session: string,
): Promise<{ id: string; slug: string; name: string }> {
  const result = await api.gql(`{ viewerOrganizations { id slug name } }`, {}, { session });
  const organization = result.data?.viewerOrganizations?.[0];
  if (!organization)
    throw new Error(`No organization for this session: ${JSON.stringify(result.errors ?? result.data)}`);
  return organization;
}

export const CREATE_API_KEY = `
  mutation($input: CreateApiKeyInput!) {
    createApiKey(input: $input) {
      __typename
      ... on MutationCreateApiKeySuccess { data { key apiKey { id name prefix scopes createdAt lastUsedAt revokedAt } } }
      ... on Error { message }
      ... on InputValidationError { issues { path message } }
    }
  }`;

/** Creates a key for the organization as the given member; returns the clear key and its global ID. */
export async function createPartnerKey(
  api: TestApi,
  session: string,
  organizationId: string,
  scopes: string[] = ["CATALOG_READ", "AGGREGATES_READ"],
  name = "Kunci uji",
): Promise<{ key: string; id: string }> {
  const result = await api.gql(CREATE_API_KEY, { input: { organizationId, name, scopes } }, { session });
  const payload = result.data?.createApiKey;
  if (payload?.__typename !== "MutationCreateApiKeySuccess")
    throw new Error(`createApiKey failed: ${JSON.stringify(result)}`);
  return { key: payload.data.key, id: payload.data.apiKey.id };
}
