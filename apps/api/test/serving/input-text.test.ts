// Input a person never types, as found: NUL bytes and broken UTF-16 in a search, a slug, an email or a name, and
// an amount times a rate beyond what the ledger can hold. Each is a clear input error that changes nothing,
// never "Unexpected error." from the database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../harness.ts";

describe("text and amounts no person types", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
  });
  afterAll(() => api?.cleanup());

  const operations: [string, string, (text: string) => Record<string, unknown>][] = [
    ["search", `query($t: String) { products(first: 3, filter: { search: $t }) { totalCount } }`, (t) => ({ t })],
    ["slug", `query($t: String!) { product(slug: $t) { id } }`, (t) => ({ t })],
    [
      "email",
      `mutation($t: String!) { signIn(input: { email: $t, password: "x" }) { __typename } }`,
      (t) => ({ t: `a${t}@contoh.id` }),
    ],
    [
      "name",
      `mutation($t: String!) { signUp(input: { email: "nul@contoh.id", password: "panjang-sekali-1", name: $t }) { __typename } }`,
      (t) => ({ t: `Sari${t}` }),
    ],
  ];

  for (const [field, query, variables] of operations) {
    for (const [label, text] of [
      ["NUL", "\u0000"],
      ["a lone surrogate", "\ud800"],
    ] as const) {
      it(`refuses ${label} in a ${field} with an input error`, async () => {
        const result = await api.gql(query, variables(text));
        expect(result.data ?? null).toBeNull();
        expect(result.errors?.[0]?.message).toMatch(/karakter yang tidak diizinkan/);
        expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
      });
    }
  }

  it("refuses NUL written into the document itself", async () => {
    const result = await api.gql(`{ product(slug: "kopi\\u0000") { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("creates no account when the name holds NUL", async () => {
    expect(await api.prisma.user.count({ where: { email: "nul@contoh.id" } })).toBe(0);
  });

  it("refuses a remittance whose rupiah value overflows, recording nothing", async () => {
    const session = await api.signInAs("household");
    const user = await api.prisma.user.findUniqueOrThrow({
      where: { email: "keluarga@desamigran.id" },
      include: { person: { include: { households: true } } },
    });
    const householdId = user.person!.households[0]!.householdId;
    const before = await api.prisma.remittance.count();
    const result = await api.gql(
      `mutation($input: RecordRemittanceInput!) { recordRemittance(input: $input) { __typename ... on Error { message } } }`,
      {
        input: {
          householdId: Buffer.from(`Household:${householdId}`).toString("base64"),
          amountMinor: "999999999999999",
          currency: "KWD",
          rate: "999999999.999999",
          corridorCountry: "KW",
          channel: "BANK",
          receivedOn: "2026-11-25T00:00:00.000Z",
          savingsIdr: "0",
          investmentIdr: "0",
          idempotencyKey: "overflow-remittance-1",
        },
      },
      { session },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.recordRemittance.__typename).toBe("AmountTooLargeError");
    expect(result.data!.recordRemittance.message).toMatch(/terlalu besar/);
    expect(await api.prisma.remittance.count()).toBe(before);
  });
});
