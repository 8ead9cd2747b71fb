// Who may read what and who may do what, generated from the schema:
// - every type implementing Node is fetched by global ID (one real row each, chosen relative to the demo accounts)
//   by every kind of caller, and the readers written down below are exactly the ones who get it;
// - every mutation is tried by callers who hold no role at all (anonymous, a fresh account, a partner key with
//   every scope) with an input built from the schema that names real rows, and none of them may succeed.
// A new node type or mutation without an entry fails here. AUTHZ_RECORD=1 prints the observed read matrix.
import { randomUUID } from "node:crypto";

import {
  getNamedType,
  getNullableType,
  type GraphQLInputType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
} from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { schema } from "../src/schema.ts";
import { createTestApi, type GraphQLResult, type RequestOptions } from "./harness.ts";
import { createPartnerKey, viewerOrganization } from "./partners.ts";

const CALLERS = [
  "anonymous",
  "buyer",
  "household",
  "entrepreneur",
  "cooperativeOfficer",
  "villageOfficer",
  "partner",
  "admin",
  "partnerKey",
] as const;
type Caller = (typeof CALLERS)[number];

/**
 * The reviewed read matrix: for each node type, which callers see the row the fixture picks (the demo family's own
 * records, the demo entrepreneur's business, the demo cooperative's meeting, ...). Everyone else gets null and
 * an error with nothing of the row in it.
 */
const EVERYONE = CALLERS;
const READERS: Record<string, readonly Caller[]> = {
  Province: EVERYONE,
  Regency: EVERYONE,
  Village: EVERYONE,
  ProductCategory: EVERYONE,
  Product: EVERYONE,
  Business: EVERYONE,
  Cooperative: EVERYONE,
  FundingRound: EVERYONE,
  FundingRoundUpdate: EVERYONE,
  Story: EVERYONE,
  VillageLink: EVERYONE,
  Organization: EVERYONE,
  Program: EVERYONE,
  Household: ["household", "villageOfficer", "admin"],
  Remittance: ["household", "villageOfficer", "admin"],
  Account: ["household", "admin"],
  JournalEntry: ["household", "admin"],
  Pledge: ["household", "cooperativeOfficer", "admin"],
  Person: ["household", "villageOfficer", "admin"],
  MigrationEpisode: ["villageOfficer", "admin"],
  ProtectionCase: ["villageOfficer", "admin"],
  User: ["household", "admin"],
  Order: ["buyer", "admin"],
  Membership: ["household", "cooperativeOfficer", "admin"],
  // Members (the demo family and the demo entrepreneur belong to the demo cooperative) see their meetings.
  Meeting: ["household", "entrepreneur", "cooperativeOfficer", "admin"],
  Motion: ["household", "entrepreneur", "cooperativeOfficer", "admin"],
  ShuRun: ["cooperativeOfficer", "admin"],
  // An enrolment shows only its status and date (never the person): its organization's key may read it.
  Enrolment: ["partner", "admin", "partnerKey"],
  ApiKey: ["partner", "admin"],
};

/** Mutations anyone may call: they are how one gets an identity in the first place. */
const PUBLIC_MUTATIONS = new Set(["signUp", "confirmSignUp", "signIn", "signOut"]);
/**
 * What any signed-in person does for themselves (a cart, a checkout, registering their own business, which
 * stays unverified until a village officer verifies it): a fresh account may succeed; anonymous and keys may not.
 */
const SELF_SERVICE_MUTATIONS = new Set([
  "addToCart",
  "updateCartItem",
  "removeFromCart",
  "placeOrder",
  "registerBusiness",
]);

const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

describe("authorization matrix, generated from the schema", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  const as = {} as Record<Caller, RequestOptions>;
  const rows: Record<string, string> = {};

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    as.anonymous = {};
    for (const caller of [
      "buyer",
      "household",
      "entrepreneur",
      "cooperativeOfficer",
      "villageOfficer",
      "partner",
      "admin",
    ] as const) {
      as[caller] = { session: await api.signInAs(caller) };
    }
    const organization = await viewerOrganization(api, as.partner.session!);
    as.partnerKey = {
      apiKey: (
        await createPartnerKey(api, as.partner.session!, organization.id, [
          "CATALOG_READ",
          "AGGREGATES_READ",
          "PROGRAMS_WRITE",
        ])
      ).key,
    };

    const p = api.prisma;
    const family = await p.user.findUniqueOrThrow({
      where: { email: "keluarga@desamigran.id" },
      include: { person: { include: { households: true } } },
    });
    const householdId = family.person!.households[0]!.householdId;
    const village = await p.village.findFirstOrThrow({
      where: { officers: { some: { user: { email: "desa@desamigran.id" } } } },
    });
    const cooperative = await p.cooperative.findFirstOrThrow({
      where: { officers: { some: { user: { email: "koperasi@desamigran.id" } } } },
    });
    const wallet = await p.account.findUniqueOrThrow({ where: { key: `household:${householdId}:wallet` } });
    // The seed has no motion and no SHU run: one of each for the demo cooperative, the SHU through its mutation.
    const meeting = await p.meeting.findFirstOrThrow({ where: { cooperativeId: cooperative.id } });
    await p.motion.create({ data: { meetingId: meeting.id, position: 99, title: "Mosi uji otorisasi" } });
    const shu = await api.gql(
      `mutation($input: RunShuInput!) { runShu(input: $input) { __typename } }`,
      { input: { cooperativeId: gid("Cooperative", cooperative.id), fiscalYear: 2024, surplusIdr: "1000000" } },
      as.cooperativeOfficer,
    );
    expect(shu.data?.runShu?.__typename).toBe("MutationRunShuSuccess");
    const pick: Record<string, () => Promise<{ id: string } | null>> = {
      Province: () => p.province.findFirst(),
      Regency: () => p.regency.findFirst(),
      Village: async () => village,
      ProductCategory: () => p.productCategory.findFirst(),
      Product: () => p.product.findFirst({ where: { status: "PUBLISHED" } }),
      Business: () => p.business.findFirst({ where: { owner: { email: "wirausaha@desamigran.id" } } }),
      Cooperative: async () => cooperative,
      FundingRound: () => p.fundingRound.findFirst({ where: { status: { not: "DRAFT" } } }),
      FundingRoundUpdate: () => p.fundingRoundUpdate.findFirst(),
      Story: () => p.story.findFirst({ where: { status: "PUBLISHED" } }),
      VillageLink: () => p.villageLink.findFirst(),
      Organization: async () => ({ id: Buffer.from(organization.id, "base64").toString().split(":")[1]! }),
      Program: () => p.program.findFirst(),
      Household: async () => ({ id: householdId }),
      Remittance: () => p.remittance.findFirst({ where: { householdId } }),
      Account: async () => wallet,
      JournalEntry: () => p.journalEntry.findFirst({ where: { postings: { some: { accountId: wallet.id } } } }),
      Pledge: () => p.pledge.findFirst({ where: { householdId, round: { cooperativeId: cooperative.id } } }),
      Person: async () => ({ id: family.personId! }),
      MigrationEpisode: () => p.migrationEpisode.findFirst({ where: { person: { villageId: village.id } } }),
      ProtectionCase: () => p.protectionCase.findFirst({ where: { villageId: village.id } }),
      User: async () => family,
      Order: () => p.order.findFirst({ where: { buyer: { email: "pembeli@desamigran.id" } } }),
      Membership: () =>
        p.membership.findFirst({ where: { personId: family.personId!, cooperativeId: cooperative.id } }),
      Meeting: () => p.meeting.findFirst({ where: { cooperativeId: cooperative.id } }),
      Motion: () => p.motion.findFirst({ where: { meeting: { cooperativeId: cooperative.id } } }),
      ShuRun: () => p.shuRun.findFirst({ where: { cooperativeId: cooperative.id } }),
      Enrolment: () =>
        p.enrolment.findFirst({
          where: { program: { organization: { members: { some: { user: { email: "mitra@desamigran.id" } } } } } },
        }),
      ApiKey: () =>
        p.apiKey.findFirst({
          where: { organization: { members: { some: { user: { email: "mitra@desamigran.id" } } } } },
        }),
    };
    for (const [type, find] of Object.entries(pick)) {
      const row = await find();
      if (row) rows[type] = gid(type, row.id);
    }
  }, 120_000);
  afterAll(() => api?.cleanup());

  const nodeTypes = Object.values(schema.getTypeMap())
    .filter((type) => "getInterfaces" in type && type.getInterfaces().some((i) => i.name === "Node"))
    .map((type) => type.name)
    .sort();

  it("has a reviewed entry, and a row to try, for every node type", () => {
    expect(nodeTypes.filter((type) => !(type in READERS))).toEqual([]);
    expect(nodeTypes.filter((type) => !(type in rows))).toEqual([]);
  });

  it("gives each node type to exactly its readers", async () => {
    const observed: Record<string, Caller[]> = {};
    const mismatches: string[] = [];
    for (const type of nodeTypes) {
      const id = rows[type];
      if (!id) continue;
      observed[type] = [];
      for (const caller of CALLERS) {
        const result: GraphQLResult = await api.gql(
          `query($id: ID!) { node(id: $id) { id __typename } }`,
          { id },
          as[caller],
        );
        const sees = result.data?.node?.id === id;
        if (sees) observed[type].push(caller);
        else expect(JSON.stringify(result.errors ?? [])).not.toMatch(/prisma|SELECT|Tarmidi|Siti Aminah/i);
        if (sees !== (READERS[type] ?? []).includes(caller))
          mismatches.push(`${type} ${caller}: ${sees ? "sees" : "refused"}`);
      }
    }
    if (process.env.AUTHZ_RECORD) console.log(JSON.stringify(observed, null, 1));
    expect(mismatches).toEqual([]);
  });

  // ── Mutations: nobody without a role succeeds ──
  const mutations = Object.values(schema.getMutationType()!.getFields());
  const modelOf: Record<string, string> = {
    round: "FundingRound",
    apiKey: "ApiKey",
    case: "ProtectionCase",
    episode: "MigrationEpisode",
  };

  /** A plausible value for an input field, naming real rows for IDs, so refusals come from authorization. */
  function valueFor(name: string, type: GraphQLInputType, depth = 0): unknown {
    const inner = getNullableType(type);
    if (isListType(inner)) return [valueFor(name, inner.ofType, depth + 1)];
    const named = getNamedType(inner);
    if (isEnumType(named)) return named.getValues()[0]!.value;
    if (isInputObjectType(named)) {
      if (depth > 4) return {};
      return Object.fromEntries(
        Object.values(named.getFields())
          .filter((field) => isNonNullType(field.type))
          .map((field) => [field.name, valueFor(field.name, field.type, depth + 1)]),
      );
    }
    if (isScalarType(named)) {
      if (named.name === "ID") {
        const stem = name.replace(/Ids?$/, "");
        const typeName = modelOf[stem] ?? stem.charAt(0).toUpperCase() + stem.slice(1);
        return rows[typeName] ?? rows.Household;
      }
      if (named.name === "Int") return 1;
      if (named.name === "Boolean") return false;
      if (named.name === "DateTime") return new Date(Date.now() - 86_400_000).toISOString();
      if (/Idr$|amount/i.test(name)) return "100000";
      if (/email/i.test(name)) return `x-${randomUUID().slice(0, 8)}@contoh.id`;
      if (/idempotencyKey|token/i.test(name)) return randomUUID();
      if (/rate/i.test(name)) return "1";
      if (/country|corridor/i.test(name)) return "MY";
      if (/currency/i.test(name)) return "IDR";
      if (/year/i.test(name)) return "2025";
      if (/nik/i.test(name)) return "3212010101900001";
      return "Isian uji otorisasi";
    }
    return null;
  }

  it("lists every mutation either as public or as tried below", () => {
    expect(mutations.length).toBeGreaterThan(40);
  });

  for (const mutation of mutations) {
    if (PUBLIC_MUTATIONS.has(mutation.name)) continue;
    const who = SELF_SERVICE_MUTATIONS.has(mutation.name)
      ? "anonymous or a partner key"
      : "anonymous, a fresh account or a partner key";
    it(`${mutation.name}: no success for ${who}`, async () => {
      const outsider = await api.createUserSession({ email: `luar-${randomUUID().slice(0, 8)}@contoh.id` });
      const args = mutation.args.map((arg) => `$${arg.name}: ${arg.type.toString()}`).join(", ");
      const passing = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(", ");
      const variables = Object.fromEntries(mutation.args.map((arg) => [arg.name, valueFor(arg.name, arg.type)]));
      const selection = getNamedType(mutation.type).name.startsWith("Mutation") ? "{ __typename }" : "";
      const query = `mutation(${args}) { ${mutation.name}${passing ? `(${passing})` : ""} ${selection} }`;
      const before = await Promise.all([api.prisma.journalEntry.count(), api.prisma.auditLog.count()]);
      const callers: RequestOptions[] = [{}, as.partnerKey];
      if (!SELF_SERVICE_MUTATIONS.has(mutation.name)) callers.push({ session: outsider.token });
      for (const caller of callers) {
        const result: GraphQLResult = await api.gql(query, variables, caller);
        const answer = result.data?.[mutation.name];
        const succeeded = typeof answer === "object" && answer !== null && /Success$/.test(answer.__typename ?? "");
        expect(succeeded, `${mutation.name} as ${JSON.stringify(Object.keys(caller))}: ${JSON.stringify(result)}`).toBe(
          false,
        );
      }
      expect(await Promise.all([api.prisma.journalEntry.count(), api.prisma.auditLog.count()])).toEqual(before);
    });
  }
});
