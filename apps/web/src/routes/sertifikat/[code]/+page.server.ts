import { error, redirect } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";
import { normalizeCertificateCode } from "#lib/program/certificate.ts";

import type { PageServerLoad } from "./$types";

const CertificateQuery = graphql(`
  query CertificatePage($code: String!) {
    certificate(code: $code) {
      code
      participantName
      programTitle
      organizationName
      startsOn
      endsOn
      completedAt
    }
  }
`);

export const load: PageServerLoad = async (event) => {
  const typed = event.params.code;
  const code = normalizeCertificateCode(typed);
  // Not a code at all: not found, without asking the API.
  if (!code) error(404, "Certificate not found");
  // One address per certificate, as printed (`abcde23456` → `ABCDE-23456`).
  if (code !== typed) redirect(308, `/sertifikat/${code}`);
  const data = await runQuery(createApiClient(event), CertificateQuery, { code });
  if (!data.certificate) error(404, "Certificate not found");
  return { certificate: data.certificate };
};
