import { redirect } from "@sveltejs/kit";

import { m } from "#lib/paraglide/messages.js";
import { certificatePath } from "#lib/program/certificate.ts";

import type { PageServerLoad } from "./$types";

// A plain GET form: `?kode=` goes to the certificate's own address, which is the one to print or share.
export const load: PageServerLoad = async (event) => {
  const typed = event.url.searchParams.get("kode");
  if (typed === null) return { code: "", error: null };
  const path = certificatePath(typed);
  if (path) redirect(303, path);
  return { code: typed, error: m.certificate_code_missing() };
};
