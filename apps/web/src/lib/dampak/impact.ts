// The impact series of one area (the country, a province, a regency or a village), as the /dampak page and its
// open-data downloads read it: one query per kind of area, the area named by its official code (`?wilayah=`).
import { error, type RequestEvent } from "@sveltejs/kit";

import { graphql, type ResultOf } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";

const ImpactQuarterFields = graphql(`
  fragment ImpactQuarterFields on ImpactQuarter @_unmask {
    quarter
    remitted {
      amount
    }
    productive {
      amount
    }
    productiveShareBps
    remittingHouseholds
    businessesStarted
    businessesStillActive
    jobs
    raised {
      amount
    }
    repaid {
      amount
    }
    repaymentRateBps
    arrearsRateBps
    casesOpened
    casesResolved
    medianDaysToResolution
    trainingsCompleted
  }
`);

export type ImpactQuarter = ResultOf<typeof ImpactQuarterFields>;

const NationalImpact = graphql(
  `
    query NationalImpact {
      nationalImpact {
        ...ImpactQuarterFields
      }
      provinces {
        code
        name
      }
    }
  `,
  [ImpactQuarterFields],
);

const ProvinceImpact = graphql(
  `
    query ProvinceImpact($code: String!) {
      province(code: $code) {
        code
        name
        regencies {
          code
          name
        }
        stats {
          impact {
            ...ImpactQuarterFields
          }
        }
      }
    }
  `,
  [ImpactQuarterFields],
);

const RegencyImpact = graphql(
  `
    query RegencyImpact($code: String!) {
      regency(code: $code) {
        code
        name
        province {
          code
          name
        }
        villages(first: 100) {
          edges {
            node {
              code
              name
            }
          }
        }
        stats {
          impact {
            ...ImpactQuarterFields
          }
        }
      }
    }
  `,
  [ImpactQuarterFields],
);

const VillageImpact = graphql(
  `
    query VillageImpact($code: String!) {
      village(code: $code) {
        code
        name
        regency {
          code
          name
          province {
            code
            name
          }
        }
        stats {
          impact {
            ...ImpactQuarterFields
          }
        }
      }
    }
  `,
  [ImpactQuarterFields],
);

export type AreaLevel = "national" | "province" | "regency" | "village";

/** A place on the way down from the country to the area: a link up, or a choice of the next level down. */
export interface Place {
  code: string;
  name: string;
}

export interface AreaImpact {
  level: AreaLevel;
  /** Empty for the whole country. */
  code: string;
  name: string;
  /** The areas above it, country first (excluded). */
  trail: (Place & { level: AreaLevel })[];
  /** The areas one level down that one can open next (none below a village). */
  children: Place[];
  quarters: ImpactQuarter[];
}

/** The level an official code names by its length: 2 digits a province, 4 a regency, 10 a village. */
export function levelOfCode(code: string): AreaLevel | null {
  if (code === "") return "national";
  if (/^[0-9]{2}$/.test(code)) return "province";
  if (/^[0-9]{4}$/.test(code)) return "regency";
  if (/^[0-9]{10}$/.test(code)) return "village";
  return null;
}

/** The area named by `?wilayah=` (the whole country when absent); 404 for a code that names nothing. */
export async function loadAreaImpact(
  event: Pick<RequestEvent, "cookies" | "fetch" | "url" | "getClientAddress">,
): Promise<AreaImpact> {
  const code = (event.url.searchParams.get("wilayah") ?? "").trim();
  const level = levelOfCode(code);
  if (!level) error(404, "Not found");
  const client = createApiClient(event);
  if (level === "national") {
    const data = await runQuery(client, NationalImpact, {});
    return { level, code, name: "", trail: [], children: data.provinces, quarters: data.nationalImpact };
  }
  if (level === "province") {
    const { province } = await runQuery(client, ProvinceImpact, { code });
    if (!province) error(404, "Not found");
    return {
      level,
      code,
      name: province.name,
      trail: [],
      children: province.regencies,
      quarters: province.stats.impact,
    };
  }
  if (level === "regency") {
    const { regency } = await runQuery(client, RegencyImpact, { code });
    if (!regency) error(404, "Not found");
    return {
      level,
      code,
      name: regency.name,
      trail: [{ level: "province", ...regency.province }],
      children: regency.villages.edges.map((edge) => edge.node),
      quarters: regency.stats.impact,
    };
  }
  const { village } = await runQuery(client, VillageImpact, { code });
  if (!village) error(404, "Not found");
  return {
    level,
    code,
    name: village.name,
    trail: [
      { level: "province", ...village.regency.province },
      { level: "regency", code: village.regency.code, name: village.regency.name },
    ],
    children: [],
    quarters: village.stats.impact,
  };
}
