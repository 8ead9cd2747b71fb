// Trust rules through GraphQL: a business uses a cooperative's name only once the cooperative accepts it, and is a
// returnee's only once an officer of its village verified the owner against the registry.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { CREATE, gid, rawId, roundInput } from "../../funding/tests/helpers.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

const REGISTER = `mutation($input: RegisterBusinessInput!) { registerBusiness(input: $input) { __typename
  ... on MutationRegisterBusinessSuccess { data { business { id slug returneeVerified cooperative { slug }
    cooperativeRequests { id status } } } } ... on Error { message } } }`;
const DECIDE = `mutation($input: DecideCooperativeRequestInput!) { decideCooperativeRequest(input: $input) { __typename
  ... on MutationDecideCooperativeRequestSuccess { data { request { status reason decidedByName business { cooperative { slug } } } } }
  ... on Error { message } } }`;
const VERIFY = `mutation($input: VerifyReturneeInput!) { verifyReturnee(input: $input) { __typename
  ... on MutationVerifyReturneeSuccess { data { business { returneeVerified returneeVerificationHistory { action officerName note } } } }
  ... on Error { message } } }`;
const WITHDRAW = `mutation($input: WithdrawReturneeVerificationInput!) { withdrawReturneeVerification(input: $input) {
  __typename ... on MutationWithdrawReturneeVerificationSuccess { data { business { returneeVerified
  returneeVerificationHistory { action note } } } } ... on Error { message } } }`;
const QUEUE = `query($slug: String!) { cooperative(slug: $slug) { businessRequests { totalCount edges { node { status
  business { name } message } } } } }`;

describe("a business and its cooperative", () => {
  let api: Api;
  let juntinyuat: { id: string; slug: string; villageId: string };
  let officer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    juntinyuat = await api.prisma.cooperative.findFirstOrThrow({
      where: { village: { name: "Juntinyuat" } },
      select: { id: true, slug: true, villageId: true },
    });
    officer = await api.signInAs("cooperativeOfficer");
  });
  afterAll(() => api?.cleanup());

  async function newBusiness(email: string) {
    const { token } = await api.createUserSession({ email, name: "Calo Berkedok" });
    const result = await api.gql(
      REGISTER,
      {
        input: {
          name: `Usaha ${email}`,
          story: "Katanya purna PMI.",
          villageId: gid("Village", juntinyuat.villageId),
          cooperativeId: gid("Cooperative", juntinyuat.id),
          employees: 1,
        },
      },
      { session: token },
    );
    return { token, business: result.data!.registerBusiness.data.business };
  }

  it("naming a cooperative only asks it: no name, no funding round, until an officer accepts", async () => {
    const { token, business } = await newBusiness("calo@example.id");
    expect(business).toMatchObject({ returneeVerified: false, cooperative: null });
    expect(business.cooperativeRequests).toEqual([expect.objectContaining({ status: "PENDING" })]);
    // the attack of the issue: open a round "managed by the cooperative" at once
    const round = await api.gql(
      CREATE,
      { input: { ...roundInput(rawId(business.id)), cooperativeId: gid("Cooperative", juntinyuat.id) } },
      { session: token },
    );
    expect(round.data!.createFundingRound.__typename).toBe("CooperativeMismatchError");
    expect(await api.prisma.fundingRound.count({ where: { business: { slug: business.slug } } })).toBe(0);
    // the request waits in the cooperative's queue, for its officers only
    const queue = await api.gql(QUEUE, { slug: juntinyuat.slug }, { session: officer });
    expect(queue.data!.cooperative.businessRequests.edges.map((e: any) => e.node.business.name)).toContain(
      `Usaha calo@example.id`,
    );
    const buyer = await api.signInAs("buyer");
    const peek = await api.gql(QUEUE, { slug: juntinyuat.slug }, { session: buyer });
    expect(peek.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
  });

  it("declining needs a reason; a decision is taken once; accepting gives the name", async () => {
    const { business } = await newBusiness("jujur@example.id");
    const requestId = business.cooperativeRequests[0].id;
    const curt = await api.gql(DECIDE, { input: { requestId, accept: false, reason: "tidak" } }, { session: officer });
    expect(curt.data!.decideCooperativeRequest.__typename).toBe("ReasonRequiredError");
    const english = await api.gql(
      DECIDE,
      { input: { requestId, accept: false, reason: "" } },
      { session: officer, headers: { "accept-language": "en" } },
    );
    expect(english.data!.decideCooperativeRequest.message).toMatch(/Write the reason/);
    // another cooperative's officer cannot decide it
    const other = await api.prisma.cooperativeOfficer.findFirstOrThrow({
      where: { cooperativeId: { not: juntinyuat.id } },
      select: { user: { select: { email: true } } },
    });
    const stranger = await api.gql(
      DECIDE,
      { input: { requestId, accept: true, reason: "" } },
      { session: await api.createSessionFor(other.user.email) },
    );
    expect(stranger.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const accepted = await api.gql(DECIDE, { input: { requestId, accept: true, reason: "" } }, { session: officer });
    expect(accepted.data!.decideCooperativeRequest.data.request).toMatchObject({
      status: "ACCEPTED",
      decidedByName: "Hj. Rohimah",
      business: { cooperative: { slug: juntinyuat.slug } },
    });
    const again = await api.gql(
      DECIDE,
      { input: { requestId, accept: false, reason: "Berubah pikiran, maaf sekali." } },
      { session: officer },
    );
    expect(again.data!.decideCooperativeRequest.__typename).toBe("RequestAlreadyDecidedError");
    expect((await api.prisma.business.findFirstOrThrow({ where: { slug: business.slug } })).cooperativeId).toBe(
      juntinyuat.id,
    );
  });

  it("a returnee is verified against the registry by an officer of the village, audited, and can be withdrawn", async () => {
    const { business } = await newBusiness("pulang@example.id");
    const businessId = business.id;
    const village = juntinyuat.villageId;
    const neverLeft = await api.prisma.person.findFirstOrThrow({
      where: { villageId: village, user: null, episodes: { none: {} } },
    });
    const returnee = await api.prisma.person.findFirstOrThrow({
      where: { villageId: village, user: null, episodes: { some: { status: "RETURNED" } } },
    });
    const elsewhere = await api.prisma.person.findFirstOrThrow({
      where: { villageId: { not: village }, user: null, episodes: { some: { status: "RETURNED" } } },
    });
    const verify = (personId: string, session: string) =>
      api.gql(
        VERIFY,
        { input: { businessId, personId: gid("Person", personId), note: "Paspor dan surat kepulangan dilihat." } },
        { session },
      );
    // the owner cannot vouch for themself, nor can a buyer or another village's officer
    for (const session of [await api.signInAs("buyer"), await api.createSessionFor("pulang@example.id")]) {
      expect((await verify(returnee.id, session)).errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    }
    const otherVillageOfficer = await api.prisma.villageOfficer.findFirstOrThrow({
      where: { villageId: { not: village } },
      select: { user: { select: { email: true } } },
    });
    const far = await verify(returnee.id, await api.createSessionFor(otherVillageOfficer.user.email));
    expect(far.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    // a person who never left, or a returnee of another village, is not this business's returnee
    expect((await verify(neverLeft.id, officer)).data!.verifyReturnee.__typename).toBe("NotAReturneeError");
    expect((await verify(elsewhere.id, officer)).data!.verifyReturnee.__typename).toBe("NotAReturneeError");
    // the cooperative's officer of the village verifies a registered returnee
    const verified = await verify(returnee.id, officer);
    expect(verified.data!.verifyReturnee.data.business).toMatchObject({
      returneeVerified: true,
      returneeVerificationHistory: [{ action: "VERIFIED", officerName: "Hj. Rohimah" }],
    });
    const villageOfficer = await api.signInAs("villageOfficer");
    const withdrawn = await api.gql(
      WITHDRAW,
      { input: { businessId, reason: "Ternyata pemilik sebenarnya orang lain." } },
      { session: villageOfficer },
    );
    expect(withdrawn.data!.withdrawReturneeVerification.data.business).toMatchObject({
      returneeVerified: false,
      returneeVerificationHistory: [
        { action: "VERIFIED" },
        { action: "WITHDRAWN", note: "Ternyata pemilik sebenarnya orang lain." },
      ],
    });
    const twice = await api.gql(
      WITHDRAW,
      { input: { businessId, reason: "Sekali lagi ditarik." } },
      { session: villageOfficer },
    );
    expect(twice.data!.withdrawReturneeVerification.__typename).toBe("ReturneeNotVerifiedError");
    // the owner's account is now the verified returnee: another returnee of the village is not the owner
    const someoneElse = await api.prisma.person.create({
      data: {
        villageId: village,
        fullName: "Warsini Pulang",
        episodes: { create: { status: "RETURNED", destinationCountry: "HK", consentGivenAt: new Date("2026-01-05") } },
      },
    });
    const notOwner = await verify(someoneElse.id, officer);
    expect(notOwner.data!.verifyReturnee.__typename).toBe("OwnerIsAnotherPersonError");
    expect((await api.prisma.business.findUniqueOrThrow({ where: { slug: business.slug } })).ownerPersonId).toBe(
      returnee.id,
    );
    expect(
      await api.prisma.auditLog.count({
        where: { targetId: (await idOf(api, business.slug)).id, action: { startsWith: "business.returnee." } },
      }),
    ).toBe(2);
  });

  it("the catalogue can show verified returnees' products only", async () => {
    const LIST = `query($filter: ProductFilter) { products(filter: $filter, first: 100) { totalCount
      edges { node { business { slug returneeVerified } } } } }`;
    const all = await api.gql(LIST, {});
    const verified = await api.gql(LIST, { filter: { returneeVerified: true } });
    const slugs = (r: typeof all) => r.data!.products.edges.map((e: any) => e.node.business);
    expect(slugs(all).some((b: any) => !b.returneeVerified)).toBe(true);
    expect(slugs(verified).length).toBeGreaterThan(0);
    expect(slugs(verified).every((b: any) => b.returneeVerified)).toBe(true);
    expect(verified.data!.products.totalCount).toBe(slugs(verified).length);
  });
});

const idOf = (api: Api, slug: string) =>
  api.prisma.business.findFirstOrThrow({ where: { slug }, select: { id: true } });
