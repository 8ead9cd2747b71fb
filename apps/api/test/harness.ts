// Test harness: a fresh migrated database per test file, the real Yoga app, and requests through yoga.fetch.
import type { PrismaClient } from "@desa-migran/db";
import { createTestDatabase } from "@desa-migran/db/testing";

import { DEMO_PASSWORD, type DemoAccountKey, demoAccounts } from "../seed/demo-accounts.ts";
import { demoSeedTemplate } from "../seed/template.ts";
import { createSession } from "../src/modules/auth/sessions.ts";
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

/** Every File in the variables, with its path in the multipart spec's form ("variables.input.photo"). */
function filesIn(value: unknown, path = "variables"): [string, File][] {
  if (value instanceof File) return [[path, value]];
  if (value === null || typeof value !== "object") return [];
  return Object.entries(value).flatMap(([key, inner]) => filesIn(inner, `${path}.${key}`));
}

export async function createTestApi(options: { seed?: boolean } = {}) {
  // The seeded database is built once and copied for every test file that asks for it.
  const database = await createTestDatabase(options.seed ? { prepared: await demoSeedTemplate() } : {});
  const prisma: PrismaClient = database.prisma;
  const yoga = createApi({ prisma, production: false });

  async function gql<T = Record<string, any>>(
    query: string,
    variables: Record<string, unknown> = {},
    request: RequestOptions = {},
  ): Promise<GraphQLResult<T>> {
    const files = filesIn(variables);
    // Variables holding a File go as a GraphQL multipart request (with the CSRF header browsers' forms lack).
    const headers: Record<string, string> = files.length
      ? { "x-graphql-yoga-csrf": "1", ...request.headers }
      : { "content-type": "application/json", ...request.headers };
    if (request.session) headers.cookie = `dm_session=${request.session}`;
    if (request.apiKey) headers.authorization = `Bearer ${request.apiKey}`;
    let payload: string | FormData = JSON.stringify({ query, variables });
    if (files.length) {
      const form = new FormData();
      form.set(
        "operations",
        JSON.stringify({ query, variables }, (_k, v: unknown) => (v instanceof File ? null : v)),
      );
      form.set("map", JSON.stringify(Object.fromEntries(files.map(([path], i) => [String(i), [path]]))));
      files.forEach(([, file], i) => form.set(String(i), file));
      payload = form;
    }
    const response = await yoga.fetch("http://localhost/graphql", { method: "POST", headers, body: payload });
    const body = (await response.json()) as { data?: T; errors?: GraphQLResult["errors"] };
    return { status: response.status, data: body.data, errors: body.errors, headers: response.headers };
  }

  /** Signs in a seeded demo account through the real signIn mutation; returns its session token. */
  async function signInAs(account: DemoAccountKey): Promise<string> {
    const result = await gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message } } }`,
      { input: { email: demoAccounts[account].email, password: DEMO_PASSWORD } },
    );
    const cookie = result.headers.get("set-cookie") ?? "";
    const token = /dm_session=([^;]+)/.exec(cookie)?.[1];
    if (!token) throw new Error(`Could not sign in as ${account}: ${JSON.stringify(result.data ?? result.errors)}`);
    return token;
  }

  /** Creates a fresh user (no roles) and a session for it, without going through sign-up. */
  async function createUserSession(data: {
    email: string;
    name?: string;
    personId?: string;
    isPlatformAdmin?: boolean;
  }) {
    const user = await prisma.user.create({
      data: {
        email: data.email,
        name: data.name ?? data.email,
        passwordHash: "not-a-real-hash",
        personId: data.personId ?? null,
        isPlatformAdmin: data.isPlatformAdmin ?? false,
      },
    });
    const { token } = await createSession(prisma, user.id, "vitest");
    return { user, token };
  }

  /** A session for an existing account (a seeded officer or owner without a demo password), as signing in gives. */
  async function createSessionFor(email: string): Promise<string> {
    const user = await prisma.user.findUniqueOrThrow({ where: { email }, select: { id: true } });
    return (await createSession(prisma, user.id, "vitest")).token;
  }

  return { prisma, yoga, gql, signInAs, createUserSession, createSessionFor, cleanup: database.cleanup };
}
