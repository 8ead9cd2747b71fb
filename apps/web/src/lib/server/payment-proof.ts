// Forwards a buyer's proof of transfer to the API as a GraphQL multipart request (the browser posts a plain multipart
// form to the SvelteKit action, so it works without JavaScript), and proxies the private proof file back to the
// buyer or the cooperative's officers with their session cookie.
import type { RequestEvent } from "@sveltejs/kit";

import { API_URL } from "$app/env/private";

import { getLocale } from "../paraglide/runtime.js";
import { SESSION_COOKIE } from "../session.ts";

const SUBMIT = `mutation SubmitPaymentProof($input: SubmitPaymentProofInput!) {
  submitPaymentProof(input: $input) { __typename ... on Error { message } }
}`;

type Event = Pick<RequestEvent, "cookies" | "fetch" | "getClientAddress">;

function headersFor(event: Event): Record<string, string> {
  const headers: Record<string, string> = { "accept-language": getLocale() };
  const session = event.cookies.get(SESSION_COOKIE);
  if (session) headers.cookie = `${SESSION_COOKIE}=${encodeURIComponent(session)}`;
  try {
    headers["x-forwarded-for"] = event.getClientAddress();
  } catch {
    // not every runtime knows the peer address
  }
  return headers;
}

export async function uploadPaymentProof(
  event: Event,
  paymentId: string,
  proof: File,
  amount: string,
): Promise<{ ok: true } | { ok: false; message: string }> {
  const body = new FormData();
  body.set("operations", JSON.stringify({ query: SUBMIT, variables: { input: { paymentId, proof: null, amount } } }));
  body.set("map", JSON.stringify({ 0: ["variables.input.proof"] }));
  body.set("0", proof, proof.name || "bukti");
  // Yoga refuses multipart requests without this header (a cross-site form cannot send it).
  const headers = { ...headersFor(event), "x-graphql-yoga-csrf": "1" };
  let response: Response;
  try {
    response = await event.fetch(API_URL, { method: "POST", body, headers, credentials: "omit" });
  } catch (error) {
    console.error("GraphQL API unreachable:", error);
    return { ok: false, message: "API" };
  }
  if (response.status === 413) return { ok: false, message: "10 MB" };
  const json = (await response.json().catch(() => null)) as {
    data?: { submitPaymentProof?: { __typename: string; message?: string } };
  } | null;
  const result = json?.data?.submitPaymentProof;
  if (!result) return { ok: false, message: "API" };
  if (result.__typename === "MutationSubmitPaymentProofSuccess") return { ok: true };
  return { ok: false, message: result.message ?? result.__typename };
}

/** The proof file from the API's private route, for the signed-in viewer (the API decides who may read it). */
export async function fetchPaymentProof(event: Event, paymentUuid: string): Promise<Response> {
  const url = new URL(`/payment-proofs/${paymentUuid}`, API_URL);
  const response = await event.fetch(url, { headers: headersFor(event), credentials: "omit" });
  if (!response.ok) return new Response("Not found", { status: 404, headers: { "cache-control": "no-store" } });
  return new Response(response.body, {
    headers: {
      "content-type": response.headers.get("content-type") ?? "application/octet-stream",
      "cache-control": "private, no-store",
      "content-disposition": "inline",
      "x-content-type-options": "nosniff",
      "content-security-policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
