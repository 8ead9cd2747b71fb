// A buyer's proof of transfer, forwarded to the API (api-files.ts), and the private proof file proxied back to the
// buyer or the cooperative's officers.
import type { RequestEvent } from "@sveltejs/kit";

import { proxyPrivateFile, uploadToApi } from "../api-files.server.ts";
import { graphql } from "../gql.ts";

const SubmitPaymentProof = graphql(`
  mutation SubmitPaymentProof($input: SubmitPaymentProofInput!) {
    submitPaymentProof(input: $input) {
      __typename
      ... on Error {
        message
      }
    }
  }
`);

type Event = Pick<RequestEvent, "cookies" | "fetch" | "getClientAddress">;

export async function uploadPaymentProof(
  event: Event,
  paymentId: string,
  proof: File,
  amount: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const answer = await uploadToApi(event, {
    mutation: SubmitPaymentProof,
    field: "submitPaymentProof",
    input: { paymentId, amount },
    fileField: "proof",
    file: proof,
  });
  if (answer.status === "unavailable") return { ok: false, message: "API" };
  if (answer.status === "too-large") return { ok: false, message: "10 MB" };
  const result = answer.result;
  if (!result) return { ok: false, message: "API" };
  if (result.__typename === "MutationSubmitPaymentProofSuccess") return { ok: true };
  return { ok: false, message: result.message ?? result.__typename };
}

/** The proof file from the API's private route, for the signed-in viewer (the API decides who may read it). */
export const fetchPaymentProof = (event: Event, paymentUuid: string) =>
  proxyPrivateFile(event, `/payment-proofs/${paymentUuid}`);
