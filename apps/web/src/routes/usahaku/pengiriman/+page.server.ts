import { error, fail, redirect } from "@sveltejs/kit";

import { DeliveryFeesFields } from "#lib/delivery-fields.ts";
import { parseRupiah } from "#lib/forms/amounts.ts";
import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { m } from "#lib/paraglide/messages.js";
import { RegenciesQuery } from "#lib/regencies.server.ts";
import { requireMyBusiness } from "#lib/usahaku/my-business.server.ts";

import type { Actions, PageServerLoad } from "./$types";

const DeliveryQuery = graphql(
  `
    query MyDelivery($id: ID!) {
      node(id: $id) {
        __typename
        ... on Business {
          id
          contactPhone
          delivery {
            pickupEnabled
            pickupPlace
            pickupAddress
            pickupHours
            ownDeliveryEnabled
            courierEnabled
            ...DeliveryFeesFields
          }
        }
      }
    }
  `,
  [DeliveryFeesFields],
);

const UpdateDelivery = graphql(
  `
    mutation UpdateDelivery($input: UpdateDeliverySettingsInput!) {
      updateDeliverySettings(input: $input) {
        __typename
        ...MutationErrors
        ... on DeliverySettingsIncompleteError {
          field
        }
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const business = await requireMyBusiness(event);
  const client = createApiClient(event);
  const [data, geography] = await Promise.all([
    runQuery(client, DeliveryQuery, { id: business.id }),
    runQuery(client, RegenciesQuery, {}),
  ]);
  if (data.node?.__typename !== "Business") error(404, "No business");
  return {
    contactPhone: data.node.contactPhone ?? "",
    delivery: data.node.delivery,
    provinces: geography.provinces,
    saved: event.url.searchParams.has("disimpan"),
  };
};

const FIELDS = [
  "contactPhone",
  "pickupEnabled",
  "pickupPlace",
  "pickupAddress",
  "pickupHours",
  "ownDeliveryEnabled",
  "courierEnabled",
  "courierNames",
  "courierRateIdr",
] as const;

export const actions: Actions = {
  /** Saves the whole settings: one rate field per regency (`rate-<code>`), empty when the regency is not served. */
  default: async (event) => {
    const business = await requireMyBusiness(event);
    const form = await event.request.formData();
    const base = formValues(form, FIELDS);
    const geography = await runQuery(createApiClient(event), RegenciesQuery, {});
    const regencies = geography.provinces.flatMap((p) => p.regencies);
    const rateValues: Record<string, string> = Object.fromEntries(
      regencies.map((r) => [`rate-${r.code}`, String(form.get(`rate-${r.code}`) ?? "").trim()]),
    );
    const values: Record<string, string> = { ...base, ...rateValues };
    const fields: Record<string, string> = {};
    const rates = [];
    for (const regency of regencies) {
      const typed = rateValues[`rate-${regency.code}`]!;
      if (!typed) continue;
      const amount = parseRupiah(typed);
      if (!/^\d{1,9}$/.test(amount)) fields[`rate-${regency.code}`] = m.delivery_rate_number();
      else rates.push({ regencyId: regency.id, rateIdr: amount });
    }
    const courierRateIdr = parseRupiah(base.courierRateIdr) || "0";
    if (!/^\d{1,9}$/.test(courierRateIdr)) fields.courierRateIdr = m.delivery_rate_number();
    if (Object.keys(fields).length > 0) return fail(400, { values, errors: { fields, form: undefined } });
    const input = {
      businessId: business.id,
      contactPhone: base.contactPhone.trim(),
      pickupEnabled: base.pickupEnabled === "on",
      pickupPlace: base.pickupPlace === "COOPERATIVE" ? ("COOPERATIVE" as const) : ("BUSINESS" as const),
      pickupAddress: base.pickupAddress,
      pickupHours: base.pickupHours,
      ownDeliveryEnabled: base.ownDeliveryEnabled === "on",
      rates,
      courierEnabled: base.courierEnabled === "on",
      courierNames: base.courierNames
        .split(/[,\n]/)
        .map((name) => name.trim())
        .filter(Boolean),
      courierRateIdr,
    };
    const outcome = await mutate(event, UpdateDelivery, { input }, { values });
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.updateDeliverySettings;
    if (result.__typename !== "MutationUpdateDeliverySettingsSuccess") {
      const fieldOf = (name: string) =>
        name === "rates" ? "rates" : (FIELDS as readonly string[]).includes(name) ? name : undefined;
      return fail(400, { values, errors: errorsFrom(result, fieldOf) });
    }
    redirect(303, "/usahaku/pengiriman?disimpan=1");
  },
};
