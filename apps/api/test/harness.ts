// Test harness: a fresh migrated database per test file, the real Yoga app, and requests through yoga.fetch.
import type { PrismaClient } from "@desa-migran/db";
import { createTestDatabase } from "@desa-migran/db/testing";
import { seedDemoData } from "../../../prisma/seed/index.ts";
import { createApi } from "../src/yoga.ts";

export interface GraphQLResult<T = Record<string, any>> {
  status: number;
  data?: T;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
  headers: Headers;
}

export interface RequestOptions {
  /** Session token sent as the dm_session cookie. */
  session?: string;
  /** Partner API key sent as a Bearer token. */
  apiKey?: string;
  headers?: Record<string, string>;
}

export async function createTestApi(options: { seed?: boolean } = {}) {
  const database = await createTestDatabase();
  const prisma: PrismaClient = database.prisma;
  if (options.seed) await seedDemoData(prisma);
  const yoga = createApi({ prisma, production: false });

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    request: RequestOptions = {},
  ): Promise<GraphQLResult<T>> {
    const headers: Record<string, string> = { "content-type": "application/json", ...request.headers };
    if (request.session) headers.cookie = `dm_session=${request.session}`;
    if (request.apiKey) headers.authorization = `Bearer ${request.apiKey}`;
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers,
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as { data?: T; errors?: GraphQLResult["errors"] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  return { prisma, yoga, gql, cleanup: database.cleanup };
}
