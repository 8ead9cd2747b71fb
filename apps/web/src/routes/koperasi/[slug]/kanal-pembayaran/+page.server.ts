import { redirect } from "@sveltejs/kit";

import { formValues } from "#lib/forms/fields.ts";
import { submit } from "#lib/forms/mutate.ts";
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
    const outcome = await submit(
      event,
      SetQris,
      { input: { cooperativeId: cooperative.id, payload: values.payload } },
      keep,
      (data) => data.setCooperativeQris,
      (name) => (name === "payload" ? "payload" : undefined),
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
  tambah: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ACCOUNT_FIELDS);
    const keep = { action: "tambah" as const, values };
    const outcome = await submit(
      event,
      AddAccount,
      { input: { cooperativeId: cooperative.id, ...values } },
      keep,
      (data) => data.addCooperativeBankAccount,
      (name: string) => ((ACCOUNT_FIELDS as readonly string[]).includes(name) ? name : undefined),
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
  hapus: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["accountId"]);
    checkGlobalId(values.accountId);
    const keep = { action: "hapus" as const, values };
    const outcome = await submit(
      event,
      RemoveAccount,
      { input: { accountId: values.accountId } },
      keep,
      (data) => data.removeCooperativeBankAccount,
      (name) => name,
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
  /** The phone buyers and sellers reach the cooperative on (WhatsApp links on order pages); empty removes it. */
  kontak: async (event) => {
    const { cooperative, role } = await loadCooperative(event);
    requireOfficer(event, role);
    const values = formValues(await event.request.formData(), ["contactPhone"]);
    const keep = { action: "kontak" as const, values };
    const outcome = await submit(
      event,
      SetContactPhone,
      { input: { cooperativeId: cooperative.id, contactPhone: values.contactPhone.trim() } },
      keep,
      (data) => data.setCooperativeContactPhone,
      (name: string) => (name === "contactPhone" ? "contactPhone" : undefined),
    );
    if ("failure" in outcome) return outcome.failure;
    redirect(303, `/koperasi/${cooperative.slug}/kanal-pembayaran?disimpan=1`);
  },
};
