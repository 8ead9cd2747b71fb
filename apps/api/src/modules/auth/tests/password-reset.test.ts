// Password reset through the GraphQL API: the same answer for every address, a single-use link that expires in an
// hour, every session ended, and nothing created for an address whose sign-up is still pending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { hashPassword } from "../passwords.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

const REQUEST = `mutation($input: RequestPasswordResetInput!) {
  requestPasswordReset(input: $input) {
    __typename
    ... on MutationRequestPasswordResetSuccess { data { email } }
    ... on RateLimitedError { retryAfterSeconds }
    ... on Error { message }
  }
}`;
const RESET = `mutation($input: ResetPasswordInput!) {
  resetPassword(input: $input) {
    __typename
    ... on MutationResetPasswordSuccess { data { email } }
    ... on PasswordResetLinkInvalidError { reason }
    ... on Error { message }
    ... on InputValidationError { issues { message } }
  }
}`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { __typename } }`;
const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { __typename } }`;
const VIEWER = `{ viewer { email } }`;

describe("password reset", () => {
  let api: Api;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.cleanup());

  let counter = 0;
  /** An account with a known password and two signed-in devices. */
  const person = async (locale = "id") => {
    const email = `lupa-${++counter}@contoh.id`;
    await api.prisma.user.create({
      data: { email, name: `Warga ${counter}`, locale, passwordHash: await hashPassword("kata-sandi-lama-1") },
    });
    const devices: string[] = [];
    for (let i = 0; i < 2; i++) {
      const signedIn = await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-lama-1" } });
      devices.push(/dm_session=([^;]+)/.exec(signedIn.headers.get("set-cookie") ?? "")![1]!);
    }
    return { email, devices };
  };
  const resetMessages = (email: string) =>
    api.prisma.outboxMessage.findMany({
      where: { toEmail: email, kind: "PASSWORD_RESET" },
      orderBy: { createdAt: "asc" },
    });
  /** The token of the newest reset link in the outbox (what the mail transport delivers). */
  const linkToken = async (email: string) => /token=([\w-]+)/.exec((await resetMessages(email)).at(-1)!.body)![1]!;

  it("answers the same for an account and an unknown address, and writes an e-mail only for the account", async () => {
    const { email } = await person();
    const known = await api.gql(REQUEST, { input: { email: email.toUpperCase() } });
    const unknown = await api.gql(REQUEST, { input: { email: "tidak-ada@contoh.id" } });

    expect(known.data?.requestPasswordReset).toEqual({
      __typename: "MutationRequestPasswordResetSuccess",
      data: { email },
    });
    expect(unknown.data?.requestPasswordReset).toEqual({
      __typename: "MutationRequestPasswordResetSuccess",
      data: { email: "tidak-ada@contoh.id" },
    });
    expect(known.headers.get("set-cookie")).toBeNull();
    expect(unknown.headers.get("set-cookie")).toBeNull();
    const messages = await resetMessages(email);
    expect(messages).toHaveLength(1);
    expect(messages[0]!.subject).toBe("Atur ulang kata sandi Desa Migran Anda");
    expect(messages[0]!.body).toMatch(/dalam 1 jam .*\/atur-ulang-sandi\?token=[\w-]{40,}/);
    expect(await api.prisma.outboxMessage.count({ where: { toEmail: "tidak-ada@contoh.id" } })).toBe(0);
    expect(await api.prisma.passwordReset.count({ where: { user: { email } } })).toBe(1);
    // Only the hash is stored
    const token = await linkToken(email);
    expect(await api.prisma.passwordReset.count({ where: { tokenHash: token } })).toBe(0);
  });

  it("writes the e-mail in the account's language", async () => {
    const { email } = await person("en");
    await api.gql(REQUEST, { input: { email } });
    const [message] = await resetMessages(email);
    expect(message!.subject).toBe("Reset your Desa Migran password");
    expect(message!.body).toMatch(/within 1 hour/);
  });

  it("creates nothing for an address whose sign-up is still pending", async () => {
    const email = "masih-tertunda@contoh.id";
    await api.gql(SIGN_UP, { input: { email, password: "kata-sandi-daftar", name: "Tertunda" } });
    const answer = await api.gql(REQUEST, { input: { email } });

    expect(answer.data?.requestPasswordReset.__typename).toBe("MutationRequestPasswordResetSuccess");
    expect(await api.prisma.user.count({ where: { email } })).toBe(0);
    expect(await resetMessages(email)).toEqual([]);
    // The pending sign-up is untouched: its own link still creates the account
    expect(await api.prisma.pendingSignUp.count({ where: { email, usedAt: null } })).toBe(1);
  });

  it("sets the new password once, ends every session, and refuses the used link", async () => {
    const { email, devices } = await person();
    await api.gql(REQUEST, { input: { email } });
    const token = await linkToken(email);

    const done = await api.gql(RESET, { input: { token, password: "kata-sandi-baru-99" } });
    expect(done.data?.resetPassword).toEqual({ __typename: "MutationResetPasswordSuccess", data: { email } });

    for (const device of devices) expect((await api.gql(VIEWER, {}, { session: device })).data?.viewer).toBeNull();
    const old = await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-lama-1" } });
    expect(old.data?.signIn.__typename).toBe("InvalidCredentialsError");
    const fresh = await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-baru-99" } });
    expect(fresh.data?.signIn.__typename).toBe("MutationSignInSuccess");
    // The person is told their password changed
    expect(await api.prisma.outboxMessage.count({ where: { toEmail: email, kind: "PASSWORD_CHANGED" } })).toBe(1);

    const again = await api.gql(RESET, { input: { token, password: "kata-sandi-penyusup" } });
    expect(again.data?.resetPassword).toMatchObject({ __typename: "PasswordResetLinkInvalidError", reason: "USED" });
    expect(again.data?.resetPassword.message).toMatch(/sudah dipakai/);
    const intruder = await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-penyusup" } });
    expect(intruder.data?.signIn.__typename).toBe("InvalidCredentialsError");
  });

  it("refuses an expired link, in English when asked, and leaves the password as it was", async () => {
    const { email, devices } = await person();
    await api.gql(REQUEST, { input: { email } });
    const token = await linkToken(email);
    await api.prisma.passwordReset.updateMany({
      where: { user: { email } },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });

    const late = await api.gql(
      RESET,
      { input: { token, password: "kata-sandi-baru-99" } },
      { headers: { "accept-language": "en" } },
    );
    expect(late.data?.resetPassword).toEqual({
      __typename: "PasswordResetLinkInvalidError",
      reason: "EXPIRED",
      message: "This link has expired (it is valid for 1 hour). Ask for a new link.",
    });
    expect((await api.gql(VIEWER, {}, { session: devices[0] })).data?.viewer).toEqual({ email });
    const old = await api.gql(SIGN_IN, { input: { email, password: "kata-sandi-lama-1" } });
    expect(old.data?.signIn.__typename).toBe("MutationSignInSuccess");
  });

  it("refuses an unknown token and a short new password", async () => {
    const unknown = await api.gql(RESET, {
      input: { token: "x".repeat(43), password: "kata-sandi-baru-99" },
    });
    expect(unknown.data?.resetPassword).toMatchObject({
      __typename: "PasswordResetLinkInvalidError",
      reason: "UNKNOWN",
    });

    const { email } = await person();
    await api.gql(REQUEST, { input: { email } });
    const short = await api.gql(RESET, { input: { token: await linkToken(email), password: "pendek" } });
    expect(short.data?.resetPassword).toMatchObject({
      __typename: "InputValidationError",
      issues: [{ message: "Kata sandi minimal 10 karakter." }],
    });
  });

  it("a newer link does not revive after a reset: every open link of the account is used up", async () => {
    const { email } = await person();
    await api.gql(REQUEST, { input: { email } });
    const first = await linkToken(email);
    await api.gql(REQUEST, { input: { email } });
    const second = await linkToken(email);
    expect(second).not.toBe(first);

    await api.gql(RESET, { input: { token: second, password: "kata-sandi-baru-99" } });
    const stale = await api.gql(RESET, { input: { token: first, password: "kata-sandi-lain-99" } });
    expect(stale.data?.resetPassword).toMatchObject({ __typename: "PasswordResetLinkInvalidError", reason: "USED" });
  });

  it("throttles requests for one address, whether or not it has an account", async () => {
    for (const email of ["banjir@contoh.id", (await person()).email]) {
      for (let i = 0; i < 3; i++) {
        const ok = await api.gql(REQUEST, { input: { email } });
        expect(ok.data?.requestPasswordReset.__typename).toBe("MutationRequestPasswordResetSuccess");
      }
      const blocked = await api.gql(REQUEST, { input: { email } });
      expect(blocked.data?.requestPasswordReset).toMatchObject({ __typename: "TooManyPasswordResetRequestsError" });
      expect(blocked.data?.requestPasswordReset.message).toMatch(
        /Terlalu banyak permintaan .* Coba lagi dalam 60 menit/,
      );
      expect(blocked.data?.requestPasswordReset.retryAfterSeconds).toBeGreaterThan(3000);
    }
    // At most three messages reached the mailbox
    expect(await api.prisma.outboxMessage.count({ where: { toEmail: "banjir@contoh.id" } })).toBe(0);
  });
});
