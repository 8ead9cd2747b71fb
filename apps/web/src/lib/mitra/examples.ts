// Example queries shown to partners on /mitra. Each one is validated against the committed SDL in
// routes/mitra/mitra.server.test.ts, and the aggregate ones are run with a real API key there and
// in e2e/partner-journeys.test.ts, so the page never shows a query that does not work.

export type PartnerExampleId = "provinces" | "provinceRemittances" | "regencies" | "programs";

export interface PartnerExample {
  id: PartnerExampleId;
  query: string;
  /** Variables to send with it; `provinceId` is filled in with a real ID by the page. */
  variables: Record<string, unknown>;
}

export const partnerExamples: readonly PartnerExample[] = [
  {
    id: "provinces",
    query: `query Provinces {
  provinces {
    id
    code
    name
  }
}`,
    variables: {},
  },
  {
    id: "provinceRemittances",
    query: `query ProvinceRemittances($provinceId: ID!) {
  node(id: $provinceId) {
    ... on Province {
      name
      stats {
        summary {
          remitted { amount currency }
          productiveShareBps
          receivingHouseholds
          businesses
          jobs
          fundsRaised { amount currency }
          repaymentRateBps
        }
        remittanceInflow {
          month
          corridorCountry
          amount { amount currency }
          transfers
          households
        }
      }
    }
  }
}`,
    variables: { provinceId: "<ID provinsi>" },
  },
  {
    id: "regencies",
    query: `query Regencies($first: Int!, $after: String) {
  regencies(first: $first, after: $after) {
    edges {
      node {
        name
        province { name }
        stats {
          summary {
            remitted { amount currency }
            businesses
            jobs
          }
        }
      }
    }
    pageInfo { hasNextPage endCursor }
  }
}`,
    variables: { first: 20 },
  },
  {
    id: "programs",
    query: `query Programs {
  programs(first: 10) {
    edges {
      node {
        title
        kind
        organization { name }
        village { name }
        startsOn
        capacity
        enrolledCount
      }
    }
  }
}`,
    variables: {},
  },
];

/** The example's variables with a real province ID in place of the placeholder, when there is one. */
export function exampleVariables(example: PartnerExample, provinceId: string | null): Record<string, unknown> {
  if (!provinceId || !("provinceId" in example.variables)) return example.variables;
  return { ...example.variables, provinceId };
}

/** A copy-paste curl command for the example, sending the key the way the API expects it. */
export function curlCommand(endpoint: string, example: PartnerExample, variables: Record<string, unknown>): string {
  const body = JSON.stringify({ query: example.query.replace(/\s+/g, " ").trim(), variables });
  return [
    `curl -s ${endpoint} \\`,
    `  -H 'content-type: application/json' \\`,
    `  -H "authorization: Bearer $DESA_MIGRAN_KEY" \\`,
    `  -d '${body.replaceAll("'", "'\\''")}'`,
  ].join("\n");
}
