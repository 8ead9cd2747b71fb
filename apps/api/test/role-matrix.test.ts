// Who may read what: every sensitive type, fetched by global ID through node(id:), by every kind of caller.
// The rows are the seeded demo data; the expectation is written per (type, caller) so a loosened rule shows up here.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi, type RequestOptions } from "./harness.ts";
import { createPartnerKey, viewerOrganization } from "./partners.ts";

type Caller =
  | "anonymous"
  | "buyer"
  | "partnerKey"
  | "household"
  | "entrepreneur"
  | "cooperativeOfficer"
  | "villageOfficer"
  | "admin";
const CALLERS: Caller[] = [
  "anonymous",
  "buyer",
  "partnerKey",
  "household",
  "entrepreneur",
  "cooperativeOfficer",
  "villageOfficer",
  "admin",
];
const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

describe("role matrix: reading sensitive objects by global ID", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  const as: Record<Caller, RequestOptions> = {} as Record<Caller, RequestOptions>;
  const objects: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    as.anonymous = {};
    for (const c of ["buyer", "household", "entrepreneur", "cooperativeOfficer", "villageOfficer", "admin"] as const) {
      as[c] = { session: await api.signInAs(c) };
    }
    const partner = await api.signInAs("partner");
    const org = await viewerOrganization(api, partner);
    as.partnerKey = { apiKey: (await createPartnerKey(api, partner, org.id)).key };

    // The demo household's own records, in the demo officers' village (Juntinyuat).
    const family = await api.prisma.user.findUniqueOrThrow({
      where: { email: "keluarga@desamigran.id" },
      include: { person: { include: { households: true } } },
    });
    const householdId = family.person!.households[0]!.householdId;
    objects.Household = gid("Household", householdId);
    objects.Remittance = gid(
      "Remittance",
      (await api.prisma.remittance.findFirstOrThrow({ where: { householdId } })).id,
    );
    objects.Account = gid(
      "Account",
      (await api.prisma.account.findUniqueOrThrow({ where: { key: `household:${householdId}:wallet` } })).id,
    );
    objects.Person = gid("Person", family.personId!);
    const order = await api.prisma.order.findFirstOrThrow({
      where: {
        buyer: { email: "pembeli@desamigran.id" },
        business: { owner: { email: { not: "wirausaha@desamigran.id" } } },
      },
    });
    objects.Order = gid("Order", order.id);
    objects.User = gid("User", family.id);
  });
  afterAll(() => api?.cleanup());

  // true = sees the object, false = refused with no data.
  const expected: Record<string, Partial<Record<Caller, boolean>>> = {
    Household: { household: true, villageOfficer: true, admin: true },
    Remittance: { household: true, villageOfficer: true, admin: true },
    Account: { household: true, admin: true },
    Person: { household: true, villageOfficer: true, admin: true },
    Order: { buyer: true, admin: true },
    User: { household: true, admin: true },
  };

  for (const type of Object.keys(expected)) {
    for (const caller of CALLERS) {
      const allowed = expected[type]![caller] ?? false;
      it(`${type} is ${allowed ? "readable" : "refused"} for ${caller}`, async () => {
        const result = await api.gql(
          `query($id: ID!) { node(id: $id) { id __typename } }`,
          { id: objects[type] },
          as[caller],
        );
        if (allowed) {
          expect(result.data?.node).toEqual({ id: objects[type], __typename: type });
        } else {
          expect(result.data?.node ?? null).toBeNull();
          // Nothing about the object leaks in the error either.
          expect(JSON.stringify(result.errors ?? [])).not.toMatch(/prisma|SELECT|Keluarga|Tarmidi/i);
        }
      });
    }
  }
});
