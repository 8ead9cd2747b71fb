import { graphql } from "#lib/gql.ts";
import { createApiClient } from "#lib/graphql.ts";
import { pickPartnerEndpoint } from "#lib/mitra/endpoint.ts";
import { curlCommand, exampleVariables, partnerExamples } from "#lib/mitra/examples.ts";
import { dev } from "$app/env";
import { API_URL, PARTNER_API_URL } from "$app/env/private";

import type { PageServerLoad } from "./$types";

const ProvincesQuery = graphql(`
  query PartnerExampleProvinces {
    provinces {
      id
      name
    }
  }
`);

// The address partners call: the API's public URL, never an internal API_URL in a built (production) app.
const partnerEndpoint = pickPartnerEndpoint({ partnerApiUrl: PARTNER_API_URL, apiUrl: API_URL, production: !dev });

export const load: PageServerLoad = async (event) => {
  // A real province ID makes the examples copy-paste ready. The page explains the API even when
  // the API cannot be reached, so a failure here only leaves the placeholder in place.
  const result = await createApiClient(event).query(ProvincesQuery, {}).toPromise();
  const province = result.data?.provinces[0] ?? null;
  return {
    endpoint: partnerEndpoint.url,
    endpointConfigured: partnerEndpoint.configured,
    province,
    examples: partnerExamples.map((example) => {
      const variables = exampleVariables(example, province?.id ?? null);
      return {
        id: example.id,
        query: example.query,
        variables: Object.keys(variables).length > 0 ? JSON.stringify(variables, null, 2) : null,
        curl: curlCommand(partnerEndpoint.url, example, variables),
      };
    }),
  };
};
