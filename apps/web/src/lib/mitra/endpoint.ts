// Which GraphQL address /mitra tells partners to call.

/** Shown instead of an address the web server should not reveal; partners replace it with the one they were given. */
export const ENDPOINT_PLACEHOLDER = "https://<alamat-api-anda>/graphql";

export interface PartnerEndpoint {
  url: string;
  /** False when the operator set no public address: the page shows the placeholder and says so. */
  configured: boolean;
}

/**
 * The address partners call. PARTNER_API_URL when the operator set it. Without it, a development
 * server shows API_URL (on a developer's machine that is the API partners reach too), but a
 * production server never does: there API_URL is often an internal address (a container name, a
 * private network) that must not be published, so the page shows a placeholder instead.
 */
export function pickPartnerEndpoint(options: {
  partnerApiUrl: string;
  apiUrl: string;
  production: boolean;
}): PartnerEndpoint {
  if (options.partnerApiUrl) return { url: options.partnerApiUrl, configured: true };
  if (options.production) return { url: ENDPOINT_PLACEHOLDER, configured: false };
  return { url: options.apiUrl, configured: true };
}
