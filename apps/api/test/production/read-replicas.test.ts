// DATABASE_REPLICA_URLS routing through @prisma/extension-read-replicas: anonymous and partner queries read from a
// replica; signed-in users and mutations use the primary. The "replica" here is a second copy of the seeded
// database with one village renamed, so each answer shows which database it came from.
import { parseReplicaUrls, type ReplicatedClient, withReadReplicas } from "@desa-migran/db/read-replicas";
import { createTestDatabase, type TestDatabase } from "@desa-migran/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, demoAccounts } from "../../seed/demo-accounts.ts";
import { demoSeedTemplate } from "../../seed/template.ts";
import { createSession } from "../../src/modules/auth/sessions.ts";
import { createApi } from "../../src/yoga.ts";

const VILLAGE = `query VillageName { village(slug: "juntinyuat-indramayu") { name } }`;

describe("read replicas (DATABASE_REPLICA_URLS)", () => {
  let primary: TestDatabase;
  let replica: TestDatabase;
  let replicated: ReplicatedClient;
  let yoga: ReturnType<typeof createApi>;
  const post = async (query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}) => {
    const response = await yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...headers },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as { data?: any; errors?: unknown[] };
  };

  beforeAll(async () => {
    const prepared = await demoSeedTemplate();
    primary = await createTestDatabase({ prepared });
    replica = await createTestDatabase({ prepared });
    await replica.prisma.village.updateMany({
      where: { slug: "juntinyuat-indramayu" },
      data: { name: "Juntinyuat (replica)" },
    });
    replicated = withReadReplicas(primary.prisma, parseReplicaUrls(` ${replica.url} ,`), { maxConnections: 2 });
    yoga = createApi({ prisma: primary.prisma, readPrisma: replicated.prisma, production: false, rateLimit: false });
  }, 180_000);
  afterAll(async () => {
    await replicated?.disconnect();
    await primary?.cleanup();
    await replica?.cleanup();
  });

  it("reads an anonymous query from the replica", async () => {
    expect((await post(VILLAGE)).data.village.name).toBe("Juntinyuat (replica)");
  });

  it("reads a signed-in user's query from the primary", async () => {
    const user = await primary.prisma.user.findUniqueOrThrow({ where: { email: demoAccounts.buyer.email } });
    const { token } = await createSession(primary.prisma, user.id, "vitest");
    expect((await post(VILLAGE, {}, { cookie: `dm_session=${token}` })).data.village.name).toBe("Juntinyuat");
  });

  it("runs an anonymous mutation, reads included, on the primary", async () => {
    // signIn reads the account and writes a session: both on the primary (the replica's session table stays empty)
    const before = await replica.prisma.session.count();
    const result = await post(`mutation SignIn($input: SignInInput!) { signIn(input: $input) { __typename } }`, {
      input: { email: demoAccounts.buyer.email, password: DEMO_PASSWORD },
    });
    expect(result.data.signIn.__typename).toBe("MutationSignInSuccess");
    expect(await replica.prisma.session.count()).toBe(before);
  });

  it("refuses a replica URL that is not a PostgreSQL URL, naming the variable", () => {
    expect(() => parseReplicaUrls("mysql://x")).toThrow(/DATABASE_REPLICA_URLS/);
    expect(parseReplicaUrls(undefined)).toEqual([]);
  });
});
