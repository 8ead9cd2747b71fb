// Every typed error a person reads answers in their language: the schema's error types are all BilingualErrors,
// and a request in English gets English while one without a preference gets Bahasa Indonesia.
import { isObjectType } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { DEMO_PASSWORD, demoAccounts } from "../../../../seed/demo-accounts.ts";
import { createTestApi } from "../../../../test/harness.ts";
import { builder } from "../../../builder.ts";
import { schema } from "../../../schema.ts";
import { InvestmentCapExceededError } from "../../investments/errors.ts";
import { BilingualError } from "../bilingual-error.ts";

/** Error types whose message is not a BilingualError's, and why that is still the reader's language. */
const EXEMPT: Record<string, string> = {
  // @pothos/plugin-validation's class: common/validation.ts writes its message and issues in the reader's language.
  InputValidationError: "validation.ts",
};

/** The class behind each object type registered with `builder.objectType(SomeClass, …)`. */
function classesByTypeName(): Map<string, unknown> {
  // Pothos keeps the class → type association in its config store; it has no public getter for it.
  const { paramAssociations } = builder.configStore as unknown as { paramAssociations: Map<unknown, unknown> };
  const classes = new Map<string, unknown>();
  for (const [param, ref] of paramAssociations) {
    const name = (ref as { name?: unknown }).name;
    if (typeof param === "function" && typeof name === "string") classes.set(name, param);
  }
  return classes;
}

describe("error messages in the reader's language", () => {
  it("has an English message for every error type in the schema", () => {
    // given every object type that implements the Error interface
    const errorInterface = schema.getType("Error");
    const errorTypes = Object.values(schema.getTypeMap()).filter(
      (type) => isObjectType(type) && type.getInterfaces().some((i) => i === errorInterface),
    );
    expect(errorTypes.length).toBeGreaterThan(50);
    const classes = classesByTypeName();
    // then each is registered from a class, and that class is a BilingualError (or exempt, with a reason)
    const withoutEnglish = errorTypes
      .map((type) => type.name)
      .filter((name) => !(name in EXEMPT))
      .filter((name) => {
        const errorClass = classes.get(name) as { prototype?: unknown } | undefined;
        return !(errorClass?.prototype instanceof BilingualError);
      });
    expect(withoutEnglish, "error types whose class does not extend BilingualError (add an English message)").toEqual(
      [],
    );
  });

  it("writes amounts the way each language writes them", () => {
    const error = new InvestmentCapExceededError(50_000_000n, 1_250_000n);
    expect(error.message).toContain("Rp 50.000.000");
    expect(error.message).toContain("Rp 1.250.000");
    expect(error.messageEn).toContain("Rp 50,000,000");
    expect(error.messageEn).toContain("Rp 1,250,000");
  });
});

describe("typed errors over GraphQL", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  const english = { "accept-language": "en-GB,en;q=0.9,id;q=0.8" };
  const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename ... on Error { message } } }`;

  it("refuses a wrong password in English for an English reader, in Bahasa Indonesia by default", async () => {
    // given a wrong password for a seeded account
    const input = { email: demoAccounts.buyer.email, password: `${DEMO_PASSWORD}-salah` };
    // when an English reader and a reader without a preference sign in with it
    const inEnglish = await api.gql(SIGN_IN, { input }, { headers: english });
    const byDefault = await api.gql(SIGN_IN, { input });
    // then each reads the refusal in their language
    expect(inEnglish.data!.signIn).toEqual({
      __typename: "InvalidCredentialsError",
      message: "The email or password is wrong.",
    });
    expect(byDefault.data!.signIn).toEqual({
      __typename: "InvalidCredentialsError",
      message: "Email atau kata sandi salah.",
    });
  });

  it("says an order was not found, in each language", async () => {
    const CANCEL = `mutation($input: CancelOrderInput!) { cancelOrder(input: $input) {
      __typename ... on Error { message } ... on NotFoundError { entity } } }`;
    // given a buyer and an order ID that matches no order
    const buyer = await api.signInAs("buyer");
    const input = { orderId: gid("Order", "00000000-0000-4000-8000-000000000000"), reason: "Salah pesan" };
    // when they cancel it in English and by default
    const inEnglish = await api.gql(CANCEL, { input }, { session: buyer, headers: english });
    const byDefault = await api.gql(CANCEL, { input }, { session: buyer });
    // then
    expect(inEnglish.data!.cancelOrder).toMatchObject({
      __typename: "NotFoundError",
      message: "Not found, or you do not have access to it.",
    });
    expect(byDefault.data!.cancelOrder).toMatchObject({
      __typename: "NotFoundError",
      message: "Data tidak ditemukan atau Anda tidak memiliki akses.",
    });
  });

  it("refuses an action the caller may not take, in each language", async () => {
    const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) {
      __typename ... on Error { message } } }`;
    // given a buyer, who belongs to no partner organization
    const buyer = await api.signInAs("buyer");
    const organization = await api.prisma.organization.findFirstOrThrow();
    const input = {
      organizationId: gid("Organization", organization.id),
      title: "Bukan anggota",
      kind: "TRAINING",
      startsOn: "2027-02-01T00:00:00.000Z",
    };
    // when they create a program for it
    const inEnglish = await api.gql(CREATE_PROGRAM, { input }, { session: buyer, headers: english });
    const byDefault = await api.gql(CREATE_PROGRAM, { input }, { session: buyer });
    // then
    expect(inEnglish.data!.createProgram).toEqual({
      __typename: "ForbiddenError",
      message: "You are not allowed to do this.",
    });
    expect(byDefault.data!.createProgram).toEqual({
      __typename: "ForbiddenError",
      message: "Anda tidak berwenang melakukan tindakan ini.",
    });
  });

  it("refuses a field the caller may not read at all, in each language, with a code clients test", async () => {
    // given a household member and another member's membership
    const session = await api.signInAs("household");
    const other = await api.prisma.membership.findFirstOrThrow({ where: { person: { fullName: { not: "Tarmidi" } } } });
    const READ = `query($id: ID!) { node(id: $id) { ... on Membership { memberNumber } } }`;
    const variables = { id: gid("Membership", other.id) };
    // when they read it in English and by default
    const inEnglish = await api.gql(READ, variables, { session, headers: english });
    const byDefault = await api.gql(READ, variables, { session });
    // then both are refused with FORBIDDEN, each in the reader's language
    expect(inEnglish.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Not authorized to resolve \w+\.\w+\.$/),
      extensions: { code: "FORBIDDEN" },
    });
    expect(byDefault.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/^Anda tidak berwenang membuka \w+\.\w+\.$/),
      extensions: { code: "FORBIDDEN" },
    });
  });

  it("refuses a withdrawal above the balance, in each language", async () => {
    const MOVE = `mutation($input: SavingsMovementInput!) {
      depositSavings(input: $input) { __typename ... on Error { message } } }`;
    const WITHDRAW = MOVE.replace("depositSavings", "withdrawSavings");
    // given a new member of the officer's cooperative with Rp 150.000 of voluntary savings
    const officer = await api.signInAs("cooperativeOfficer");
    const office = await api.prisma.cooperativeOfficer.findFirstOrThrow({
      where: { user: { email: demoAccounts.cooperativeOfficer.email } },
      include: { cooperative: true },
    });
    const person = await api.prisma.person.create({
      data: { villageId: office.cooperative.villageId, fullName: "Anggota Bahasa" },
    });
    const membership = await api.prisma.membership.create({
      data: { cooperativeId: office.cooperativeId, personId: person.id, memberNumber: "BHS-001" },
    });
    const movement = (amountIdr: string) => ({
      membershipId: gid("Membership", membership.id),
      kind: "SUKARELA",
      amountIdr,
      channel: "CASH",
      idempotencyKey: `bahasa-${Math.random().toString(36).slice(2)}`,
    });
    const deposit = await api.gql(MOVE, { input: movement("150000") }, { session: officer });
    expect(deposit.data!.depositSavings.__typename).toBe("MutationDepositSavingsSuccess");
    // when the officer withdraws more than that, in English and by default
    const inEnglish = await api.gql(WITHDRAW, { input: movement("150001") }, { session: officer, headers: english });
    const byDefault = await api.gql(WITHDRAW, { input: movement("150001") }, { session: officer });
    // then
    expect(inEnglish.data!.withdrawSavings).toEqual({
      __typename: "InsufficientFundsError",
      message: "The balance is not enough for this transaction.",
    });
    expect(byDefault.data!.withdrawSavings).toEqual({
      __typename: "InsufficientFundsError",
      message: "Saldo tidak cukup untuk transaksi ini.",
    });
  });
});
