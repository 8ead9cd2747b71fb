import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { toRupiah } from "../money.ts";

const RECORD = `mutation($input: RecordRemittanceInput!) { recordRemittance(input: $input) { __typename
  ... on Error { message } ... on InputValidationError { issues { path message } }
  ... on MutationRecordRemittanceSuccess { data { remittance { amountIdr { amount } amount { amount currency }
    allocation { consumption { amount } savings { amount } investment { amount } } } } } } }`;

describe("toRupiah", () => {
  it("converts minor units at a decimal rate exactly, rounding half up", () => {
    expect(toRupiah(1_234_567n, "MYR", "3780.5")).toBe(46_672_805n); // 12.345,67 MYR = 46.672.805,435
    expect(toRupiah(1_000_000n, "KRW", "11.75")).toBe(11_750_000n); // KRW has no minor unit
    expect(toRupiah(1n, "TWD", "0.5")).toBe(0n); // 0,005 rupiah rounds to 0
    expect(toRupiah(1n, "TWD", "150")).toBe(2n); // 1,5 rupiah rounds half up
  });
});

describe("recordRemittance", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let session: string;
  let householdId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    session = await api.signInAs("household");
    const user = await api.prisma.user.findUniqueOrThrow({
      where: { email: "keluarga@desamigran.id" },
      include: { person: { include: { households: true } } },
    });
    householdId = user.person!.households[0]!.householdId;
  });
  afterAll(() => api?.cleanup());

  const gid = (id: string) => Buffer.from(`Household:${id}`).toString("base64");
  const input = (over: Record<string, unknown> = {}) => ({
    householdId: gid(householdId),
    amountMinor: "150000",
    currency: "MYR",
    rate: "3780",
    corridorCountry: "MY",
    channel: "APP",
    receivedOn: "2026-11-25T00:00:00.000Z",
    savingsIdr: "1000000",
    investmentIdr: "500000",
    idempotencyKey: `rem-${Math.random().toString(36).slice(2)}`,
    ...over,
  });
  const wallet = async () =>
    (await api.prisma.account.findUniqueOrThrow({ where: { key: `household:${householdId}:wallet` } })).balance;

  it("records the remittance and moves savings and investment into the wallet", async () => {
    const before = await wallet();
    const result = await api.gql(RECORD, { input: input() }, { session });
    expect(result.data!.recordRemittance.data.remittance).toEqual({
      amountIdr: { amount: "5670000" },
      amount: { amount: "150000", currency: "MYR" },
      allocation: {
        consumption: { amount: "4170000" },
        savings: { amount: "1000000" },
        investment: { amount: "500000" },
      },
    });
    expect(await wallet()).toBe(before + 1_500_000n);
  });

  it("refuses an allocation larger than the remittance and bad input, changing nothing", async () => {
    const before = await wallet();
    const count = await api.prisma.remittance.count();
    const tooMuch = await api.gql(RECORD, { input: input({ savingsIdr: "6000000" }) }, { session });
    expect(tooMuch.data!.recordRemittance.__typename).toBe("AllocationExceedsAmountError");
    for (const [field, value] of [
      ["amountMinor", "-5"],
      ["currency", "XYZ"],
      ["rate", "1e3"],
      ["corridorCountry", "Malaysia"],
    ]) {
      const bad = await api.gql(RECORD, { input: input({ [field!]: value }) }, { session });
      expect(bad.data!.recordRemittance.__typename).toBe("InputValidationError");
      expect(bad.data!.recordRemittance.issues[0].path.at(-1)).toBe(field);
    }
    expect(await wallet()).toBe(before);
    expect(await api.prisma.remittance.count()).toBe(count);
  });

  it("is only for members of the household", async () => {
    const buyer = await api.signInAs("buyer");
    const denied = await api.gql(RECORD, { input: input() }, { session: buyer });
    expect(denied.data?.recordRemittance ?? null).toBeNull();
    expect(denied.errors?.[0]?.message).toBeTruthy();
  });
});
