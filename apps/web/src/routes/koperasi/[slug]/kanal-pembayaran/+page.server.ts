import { fail, redirect } from "@sveltejs/kit";

import { errorsFrom } from "#lib/forms/errors.ts";
import { formValues } from "#lib/forms/fields.ts";
import { mutate } from "#lib/forms/mutate.ts";
import { MutationErrors } from "#lib/forms/mutation-errors.ts";
import { checkGlobalId } from "#lib/global-id.ts";
import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { loadCooperative, requireOfficer } from "#lib/koperasi/access.ts";

import type { Actions, PageServerLoad } from "./$types";

const ChannelsQuery = graphql(`
  query CoopPaymentChannels($slug: String!) {
    cooperative(slug: $slug) {
      id
      qrisPayload
      contactPhone
      bankAccounts {
        id
        bankName
        accountNumber
        holderName
      }
    }
  }
`);

const SetQris = graphql(
  `
    mutation CoopSetQris($input: SetCooperativeQrisInput!) {
      setCooperativeQris(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const AddAccount = graphql(
  `
    mutation CoopAddBankAccount($input: AddCooperativeBankAccountInput!) {
      addCooperativeBankAccount(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const RemoveAccount = graphql(
  `
    mutation CoopRemoveBankAccount($input: RemoveCooperativeBankAccountInput!) {
      removeCooperativeBankAccount(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

const SetContactPhone = graphql(
  `
    mutation CoopSetContactPhone($input: SetCooperativeContactPhoneInput!) {
      setCooperativeContactPhone(input: $input) {
        __typename
        ...MutationErrors
      }
    }
  `,
  [MutationErrors],
);

export const load: PageServerLoad = async (event) => {
  const { cooperative, role } = await event.parent();
  requireOfficer(event, role);
  const data = await runQuery(createApiClient(event), ChannelsQuery, { slug: cooperative.slug });
  return {
    qrisPayload: data.cooperative?.qrisPayload ?? null,
    contactPhone: data.cooperative?.contactPhone ?? "",
    bankAccounts: data.cooperative?.bankAccounts ?? [],
    saved: event.url.searchParams.has("disimpan"),
  };
};

const ACCOUNT_FIELDS = ["bankName", "accountNumber", "holderName"] as const;

export const actions: Actions = {
  qris: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["payload"]);
    const keep = { action: "qris" as const, values };
    const outcome = await mutate(
      event,
      SetQris,
      { input: { cooperativeId: cooperative.id, payload: values.payload } },
      keep,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.setCooperativeQris;
    if (result.__typename !== "MutationSetCooperativeQrisSuccess") {
      return fail(400, { ...keep, errors: errorsFrom(result, (name) => (name === "payload" ? "payload" : undefined)) });
    }
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
  tambah: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ACCOUNT_FIELDS);
    const keep = { action: "tambah" as const, values };
    const outcome = await mutate(event, AddAccount, { input: { cooperativeId: cooperative.id, ...values } }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.addCooperativeBankAccount;
    if (result.__typename !== "MutationAddCooperativeBankAccountSuccess") {
      const fieldOf = (name: string) => ((ACCOUNT_FIELDS as readonly string[]).includes(name) ? name : undefined);
      return fail(400, { ...keep, errors: errorsFrom(result, fieldOf) });
    }
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
  hapus: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["accountId"]);
    checkGlobalId(values.accountId);
    const keep = { action: "hapus" as const, values };
    const outcome = await mutate(event, RemoveAccount, { input: { accountId: values.accountId } }, keep);
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.removeCooperativeBankAccount;
    if (result.__typename !== "MutationRemoveCooperativeBankAccountSuccess") {
      return fail(400, { ...keep, errors: errorsFrom(result) });
    }
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
  /** The phone buyers and sellers reach the cooperative on (WhatsApp links on order pages); empty removes it. */
  kontak: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["contactPhone"]);
    const keep = { action: "kontak" as const, values };
    const outcome = await mutate(
      event,
      SetContactPhone,
      { input: { cooperativeId: cooperative.id, contactPhone: values.contactPhone.trim() } },
      keep,
    );
    if ("failure" in outcome) return outcome.failure;
    const result = outcome.data.setCooperativeContactPhone;
    if (result.__typename !== "MutationSetCooperativeContactPhoneSuccess") {
      const fieldOf = (name: string) => (name === "contactPhone" ? "contactPhone" : undefined);
      return fail(400, { ...keep, errors: errorsFrom(result, fieldOf) });
    }
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
};
