import { error } from "@sveltejs/kit";

import { graphql } from "#lib/gql.ts";
import { createApiClient, runQuery } from "#lib/graphql.ts";

import type { PageServerLoad } from "./$types";

// Development only: the API has no developmentOutbox in production, and this page does not exist there either.
const OutboxQuery = graphql(`
  query DevelopmentOutbox($toEmail: String) {
    developmentOutbox(toEmail: $toEmail) {
      id
      toEmail
      kind
      locale
      subject
      body
      createdAt
      sentAt
      failedAt
      attempts
      lastError
    }
  }
`);

/** The body cut into text and links, so a sign-up link can be opened from the page. */
function withLinks(body: string): { text: string; href?: string }[] {
  return body
    .split(/(https?:\/\/[^\s]+)/)
    .filter((part) => part !== "")
    .map((part) => (/^https?:\/\//.test(part) ? { text: part, href: part } : { text: part }));
}

export const load: PageServerLoad = async (event) => {
  if (process.env.NODE_ENV === "production") error(404, "Not found");
  event.setHeaders({ "x-robots-tag": "noindex" });
  const toEmail = event.url.searchParams.get("untuk")?.trim().slice(0, 254) || null;
  const data = await runQuery(createApiClient(event), OutboxQuery, { toEmail });
  return {
    toEmail,
    messages: data.developmentOutbox.map((message) => ({
      ...message,
      status: message.sentAt ? "sent" : message.failedAt ? "failed" : "waiting",
      parts: withLinks(message.body),
    })),
  };
};
