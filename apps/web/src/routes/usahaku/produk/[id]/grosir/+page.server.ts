import { error } from "@sveltejs/kit";

import { parseRupiah } from "#lib/forms/amounts.ts";
import { formValues, parseWholeNumber } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { checkGlobalId } from "#lib/global-id.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";
import { WHOLESALE_TIERS_MAX } from "#lib/wholesale.ts";
import { WholesaleTierFields } from "#lib/wholesale-tier-fields.ts";

import type { Actions, PageServerLoad, RequestEvent } from "./$types";

const ProductTiersQuery = graphql(
  `
    query OwnProductTiers($id: ID!) {
      node(id: $id) {
        __typename
        ... on Product {
          id
          name
          slug
          unit
          priceIdr {
            amount
            currency
          }
          wholesalePriceTiers {
            ...WholesaleTierFields
          }
          business {
            id
          }
        }
      }
    }
  `,
  [WholesaleTierFields],
);

const SetTiers = graphql(
  `
    mutation SetWholesalePriceTiers($input: SetWholesalePriceTiersInput!) {
      setWholesalePriceTiers(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

/** One pair of fields per tier row: `min-0`, `price-0` … */
const ROWS = Array.from({ length: WHOLESALE_TIERS_MAX }, (_, i) => i);
const FIELDS = ROWS.flatMap((i) => [`min-${i}`, `price-${i}`]);

/** The seller's own product, or a 404 (another seller's product is not managed here, whatever the API says). */
async function ownProduct(event: RequestEvent) {
  const business = await requireMyBusiness(event);
  checkGlobalId(event.params.id);
  const data = await runQuery(createApiClient(event), ProductTiersQuery, { id: event.params.id });
  const product = data.node?.__typename === "Product" ? data.node : null;
  if (!product || product.business.id !== business.id) error(404, "Product not found");
  return product;
}

export const load: PageServerLoad = async (event) => {
  const product = await ownProduct(event);
  const tiers = product.wholesalePriceTiers;
  return {
    product,
    values: Object.fromEntries(
      ROWS.flatMap((i) => [
        [`min-${i}`, tiers[i] ? String(tiers[i].minQuantity) : ""],
        [`price-${i}`, tiers[i]?.unitPrice.amount ?? ""],
      ]),
    ) as Record<string, string>,
  };
};

export const actions: Actions = {
  /** Saves the rows filled in, in their order (blank rows are left out; all blank stops wholesale selling). */
  default: async (event) => {
    await ownProduct(event);
    const values: Record<string, string> = formValues(await event.request.formData(), FIELDS);
    const tiers = ROWS.flatMap((i) => {
      const min = values[`min-${i}`]!.trim();
      const price = values[`price-${i}`]!.trim();
      if (min === "" && price === "") return [];
      // Unreadable text goes on as is (or as 0 for a quantity), so the API names the tier and the rule.
      return [{ minQuantity: parseWholeNumber(min) ?? 0, unitPriceIdr: parseRupiah(price) }];
    });
    const outcome = await submit(
      event,
      SetTiers,
      { input: { productId: event.params.id, tiers } },
      { values },
      (data) => data.setWholesalePriceTiers,
    );
    if ("failure" in outcome) return outcome.failure;
    return { values, saved: true };
  },
};
