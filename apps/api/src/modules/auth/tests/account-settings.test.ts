// A signed-in person's own account: changing the password, signing out everywhere, the phone number.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { hashPassword } from "../passwords.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`;
const CHANGE = `mutation($input: ChangePasswordInput!) {
  changePassword(input: $input) {
    __typename
    ... on MutationChangePasswordSuccess { data { revokedSessions } }
    ... on Error { message }
  }
}`;
const EVERYWHERE = `mutation { signOutEverywhere { __typename ... on MutationSignOutEverywhereSuccess { data { revokedSessions } } ... on Error { message } } }`;
const UPDATE = `mutation($input: UpdateAccountInput!) {
  updateAccount(input: $input) {
    __typename
    ... on MutationUpdateAccountSuccess { data { user { phone } } }
    ... on InputValidationError { issues { message } }
    ... on Error { message }
  }
}`;
const VIEWER = `{ viewer { email phone } }`;

describe("account settings", () => {
  let api: Api;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.cleanup());

  let counter = 0;
  /** An account with a known password signed in on `devices` devices. */
  const person = async (devices: number) => {
    const email = `akun-${++counter}@contoh.id`;
    await api.prisma.user.create({
      data: { email, name: "Warga", passwordHash: await hashPassword("kata-sandi-lama-1") },
    });
    const tokens: string[] = [];
    for (let i = 0; i < devices; i++) {
      const signedIn = await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-lama-1" } });
      tokens.push(/dm_session=([^;]+)/.exec(signedIn.headers.get("set-cookie") ?? "")![1]!);
    }
    return { email, tokens };
  };
  const viewer = async (session: string) => (await api.gql(VIEWER, {}, { session })).data?.viewer;

  it("refuses a wrong current password and changes nothing", async () => {
    const { email, tokens } = await person(2);
    const wrong = await api.gql(
      CHANGE,
      { input: { currentPassword: "tebakan-salah", newPassword: "kata-sandi-baru-99" } },
      { session: tokens[0] },
    );
    expect(wrong.data?.changePassword).toEqual({
      __typename: "WrongCurrentPasswordError",
      message: "Kata sandi saat ini salah.",
    });
    expect(await viewer(tokens[1]!)).toMatchObject({ email });
    const old = await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-lama-1" } });
    expect(old.data?.signIn.__typename).toBe("MutationSignInSuccess");
  });

  it("changes the password with the current one, keeps this device and signs the others out", async () => {
    const { email, tokens } = await person(3);
    const changed = await api.gql(
      CHANGE,
      { input: { currentPassword: "kata-sandi-lama-1", newPassword: "kata-sandi-baru-99" } },
      { session: tokens[0] },
    );
    expect(changed.data?.changePassword).toEqual({
      __typename: "MutationChangePasswordSuccess",
      data: { revokedSessions: 2 },
    });
    expect(await viewer(tokens[0]!)).toMatchObject({ email });
    expect(await viewer(tokens[1]!)).toBeNull();
    expect(await viewer(tokens[2]!)).toBeNull();
    expect((await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-lama-1" } })).data?.signIn.__typename).toBe(
      "InvalidCredentialsError",
    );
    expect((await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-baru-99" } })).data?.signIn.__typename).toBe(
      "MutationSignInSuccess",
    );
    expect(await api.prisma.outboxMessage.count({ where: { toEmail: email, kind: "PASSWORD_CHANGED" } })).toBe(1);
  });

  it("counts wrong current passwords towards the sign-in throttle", async () => {
    const { tokens } = await person(1);
    let last: unknown;
    for (let i = 0; i < 12; i++) {
      last = (
        await api.gql(
          CHANGE,
          { input: { currentPassword: `tebakan-${i}`, newPassword: "kata-sandi-baru-99" } },
          { session: tokens[0] },
        )
      ).data?.changePassword;
    }
    // after ten wrong guesses from this address even the right password waits
    expect(last).toMatchObject({ __typename: "TooManySignInAttemptsError" });
    const right = await api.gql(
      CHANGE,
      { input: { currentPassword: "kata-sandi-lama-1", newPassword: "kata-sandi-baru-99" } },
      { session: tokens[0] },
    );
    expect(right.data?.changePassword).toMatchObject({ __typename: "TooManySignInAttemptsError" });
  });

  it("signs out every device, this one included, and clears the cookie", async () => {
    const { tokens } = await person(3);
    const other = await person(1);
    const result = await api.gql(EVERYWHERE, {}, { session: tokens[1] });
    expect(result.data?.signOutEverywhere).toEqual({
      __typename: "MutationSignOutEverywhereSuccess",
      data: { revokedSessions: 3 },
    });
    expect(result.headers.get("set-cookie")).toMatch(/dm_session=;.*Max-Age=0/);
    for (const token of tokens) expect(await viewer(token)).toBeNull();
    // Someone else's session is not touched
    expect(await viewer(other.tokens[0]!)).toMatchObject({ email: other.email });
  });

  it("refuses account changes without a session", async () => {
    for (const [query, variables] of [
      [EVERYWHERE, {}],
      [CHANGE, { input: { currentPassword: "x", newPassword: "kata-sandi-baru-99" } }],
      [UPDATE, { input: { phone: "081234567890" } }],
    ] as const) {
      const result = await api.gql(query, variables);
      const payload = Object.values(result.data ?? {})[0] as { __typename: string; message: string };
      expect(payload).toMatchObject({ __typename: "ForbiddenError", message: "Silakan masuk terlebih dahulu." });
    }
  });

  it("stores the phone number in E.164, refuses a malformed one and clears it with null", async () => {
    const { tokens } = await person(1);
    const set = await api.gql(UPDATE, { input: { phone: "0812-3456-7890" } }, { session: tokens[0] });
    expect(set.data?.updateAccount).toEqual({
      __typename: "MutationUpdateAccountSuccess",
      data: { user: { phone: "+6281234567890" } },
    });
    const bad = await api.gql(UPDATE, { input: { phone: "12345" } }, { session: tokens[0] });
    expect(bad.data?.updateAccount).toMatchObject({
      __typename: "InputValidationError",
      issues: [{ message: "Nomor telepon tidak valid: tulis misalnya 0812-3456-7890 atau +62 812 3456 7890." }],
    });
    expect((await viewer(tokens[0]!))?.phone).toBe("+6281234567890");
    const cleared = await api.gql(UPDATE, { input: { phone: null } }, { session: tokens[0] });
    expect(cleared.data?.updateAccount).toMatchObject({ data: { user: { phone: null } } });
  });
});
