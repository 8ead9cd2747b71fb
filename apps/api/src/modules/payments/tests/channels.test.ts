// A cooperative's payment channels through GraphQL: officers set the static QRIS (a malformed one is refused with a
// bilingual message and nothing changes) and bank accounts; every change is in the audit log.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { ERROR_FIELDS, gid, type TestApi } from "../../orders/tests/fixtures.ts";
import { buildStaticQris } from "../qris.ts";

const SET_QRIS = `mutation($input: SetCooperativeQrisInput!) { setCooperativeQris(input: $input) {
  ... on MutationSetCooperativeQrisSuccess { data { cooperative { qrisPayload hasQris } } }
  ${ERROR_FIELDS} ... on InvalidQrisPayloadError { problem } } }`;
const ADD_ACCOUNT = `mutation($input: AddCooperativeBankAccountInput!) { addCooperativeBankAccount(input: $input) {
  ... on MutationAddCooperativeBankAccountSuccess { data { cooperative { bankAccounts { id bankName accountNumber holderName } } } }
  ${ERROR_FIELDS} } }`;
const REMOVE_ACCOUNT = `mutation($input: RemoveCooperativeBankAccountInput!) { removeCooperativeBankAccount(input: $input) {
  ... on MutationRemoveCooperativeBankAccountSuccess { data { cooperative { bankAccounts { id } } } } ${ERROR_FIELDS} } }`;

describe("payment channels", () => {
  let api: TestApi;
  let cooperativeId: string;
  let officer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("cooperativeOfficer");
    const cooperative = await api.prisma.cooperative.findFirstOrThrow({
      where: { officers: { some: { user: { email: "koperasi@desamigran.id" } } } },
    });
    cooperativeId = cooperative.id;
  });
  afterAll(() => api?.cleanup());

  it("saves a valid static QRIS and refuses a malformed one in the caller's language, changing nothing", async () => {
    const valid = buildStaticQris({ name: "KOPERASI JUNTINYUAT", city: "INDRAMAYU", merchantId: "ID1025000012345" });
    const saved = await api.gql(
      SET_QRIS,
      { input: { cooperativeId: gid("Cooperative", cooperativeId), payload: valid } },
      { session: officer },
    );
    expect(saved.data?.setCooperativeQris.data.cooperative).toEqual({ qrisPayload: valid, hasQris: true });
    expect(
      await api.prisma.auditLog.count({ where: { action: "cooperative.qris.set", targetId: cooperativeId } }),
    ).toBe(1);

    const broken = `${valid.slice(0, -4)}0000`;
    const refused = await api.gql(
      SET_QRIS,
      { input: { cooperativeId: gid("Cooperative", cooperativeId), payload: broken } },
      { session: officer },
    );
    expect(refused.data?.setCooperativeQris).toMatchObject({
      __typename: "InvalidQrisPayloadError",
      problem: "CRC_MISMATCH",
    });
    expect(refused.data?.setCooperativeQris.message).toMatch(/Kode pemeriksa/);
    const english = await api.gql(
      SET_QRIS,
      { input: { cooperativeId: gid("Cooperative", cooperativeId), payload: "hello" } },
      { session: officer, headers: { "accept-language": "en" } },
    );
    expect(english.data?.setCooperativeQris.message).toMatch(/damaged|tags/);
    const now = await api.prisma.cooperative.findUniqueOrThrow({ where: { id: cooperativeId } });
    expect(now.qrisPayload).toBe(valid);
    expect(
      await api.prisma.auditLog.count({ where: { action: "cooperative.qris.set", targetId: cooperativeId } }),
    ).toBe(1);
  });

  it("adds and removes bank accounts, audited; others may not", async () => {
    const input = {
      cooperativeId: gid("Cooperative", cooperativeId),
      bankName: "Bank Mandiri",
      accountNumber: "134-00-1234567-8",
      holderName: "Koperasi Desa Merah Putih Juntinyuat",
    };
    const entrepreneur = await api.signInAs("entrepreneur");
    expect(
      (await api.gql(ADD_ACCOUNT, { input }, { session: entrepreneur })).data?.addCooperativeBankAccount.__typename,
    ).toBe("ForbiddenError");
    const added = await api.gql(ADD_ACCOUNT, { input }, { session: officer });
    const accounts = added.data?.addCooperativeBankAccount.data.cooperative.bankAccounts;
    const mandiri = accounts.find((a: { bankName: string }) => a.bankName === "Bank Mandiri");
    expect(mandiri).toMatchObject({ accountNumber: "134-00-1234567-8" });
    expect(
      (await api.gql(ADD_ACCOUNT, { input }, { session: officer })).data?.addCooperativeBankAccount.__typename,
    ).toBe("BankAccountTakenError");
    const removed = await api.gql(REMOVE_ACCOUNT, { input: { accountId: mandiri.id } }, { session: officer });
    expect(removed.data?.removeCooperativeBankAccount.data.cooperative.bankAccounts).toHaveLength(accounts.length - 1);
    const actions = await api.prisma.auditLog.findMany({
      where: { targetId: cooperativeId, action: { startsWith: "cooperative.bank_account" } },
      orderBy: { createdAt: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["cooperative.bank_account.add", "cooperative.bank_account.remove"]);
  });
});
