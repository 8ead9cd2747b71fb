// Sign-up, sign-in and sign-out through real HTTP: the cookie's attributes, what the server stores
// (a hash, never the token), and the ways a session ends (sign-out, idle, absolute expiry).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from "../sessions.ts";
import { hashToken } from "../tokens.ts";

type Api = Awaited<ReturnType<typeof createTestApi>>;

const SIGN_UP = `mutation($input: SignUpInput!) {
  signUp(input: $input) {
    __typename
    ... on MutationSignUpSuccess { data { email } }
    ... on Error { message }
    ... on InputValidationError { issues { path message } }
  }
}`;
const CONFIRM = `mutation($input: ConfirmSignUpInput!) {
  confirmSignUp(input: $input) {
    __typename
    ... on MutationConfirmSignUpSuccess { data { user { email } } }
    ... on Error { message }
  }
}`;
const SIGN_IN = `mutation($input: SignInInput!) {
  signIn(input: $input) { __typename ... on Error { message } }
}`;
const VIEWER = `{ viewer { email } }`;

const tokenFrom = (headers: Headers) => /dm_session=([^;]*)/.exec(headers.get("set-cookie") ?? "")?.[1];

describe("sessions over HTTP", () => {
  let api: Api;
  beforeAll(async () => {
    api = await createTestApi();
  });
  afterAll(() => api?.cleanup());

  /** The token of the newest sign-up link sent to `email` (the outbox is what a mail transport delivers). */
  const linkToken = async (email: string) => {
    const message = await api.prisma.outboxMessage.findFirstOrThrow({
      where: { toEmail: email, kind: "SIGN_UP_CONFIRM" },
      orderBy: { createdAt: "desc" },
    });
    return /token=([\w-]+)/.exec(message.body)![1]!;
  };

  it("signs up through the emailed link, sets an HttpOnly SameSite=Lax cookie, and stores only the token's hash", async () => {
    const result = await api.gql(SIGN_UP, {
      input: { email: "  Sari@Example.ID ", password: "sebelas-karakter", name: "Sari" },
    });
    expect(result.data?.signUp).toEqual({ __typename: "MutationSignUpSuccess", data: { email: "sari@example.id" } });
    // No account and no session until the link is opened
    expect(result.headers.get("set-cookie")).toBeNull();
    expect(await api.prisma.user.count({ where: { email: "sari@example.id" } })).toBe(0);

    const confirmed = await api.gql(CONFIRM, { input: { token: await linkToken("sari@example.id") } });
    expect(confirmed.data?.confirmSignUp).toEqual({
      __typename: "MutationConfirmSignUpSuccess",
      data: { user: { email: "sari@example.id" } },
    });
    const cookie = confirmed.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Path=\//);
    expect(cookie).toContain(`Max-Age=${SESSION_ABSOLUTE_MS / 1000}`);
    // Plain http (tests, local dev) gets no Secure flag; https does (see the next test).
    expect(cookie).not.toMatch(/Secure/);

    const token = tokenFrom(confirmed.headers)!;
    const stored = await api.prisma.session.findMany({ where: { user: { email: "sari@example.id" } } });
    expect(stored).toHaveLength(1);
    expect(stored[0]!.tokenHash).toBe(hashToken(token));
    expect(stored[0]!.tokenHash).not.toContain(token);

    expect((await api.gql(VIEWER, {}, { session: token })).data?.viewer).toEqual({ email: "sari@example.id" });
    // The link works once
    const again = await api.gql(CONFIRM, { input: { token: await linkToken("sari@example.id") } });
    expect(again.data?.confirmSignUp).toMatchObject({ __typename: "SignUpLinkInvalidError" });
  });

  it("answers a registered email exactly like a new one, and tells the owner instead", async () => {
    const before = await api.prisma.user.count();
    const taken = await api.gql(SIGN_UP, {
      input: { email: "sari@example.id", password: "sebelas-karakter", name: "Lain" },
    });
    const fresh = await api.gql(SIGN_UP, {
      input: { email: "belum.ada@example.id", password: "sebelas-karakter", name: "Lain" },
    });
    expect(taken.status).toBe(fresh.status);
    expect(taken.data?.signUp).toEqual({ __typename: "MutationSignUpSuccess", data: { email: "sari@example.id" } });
    expect(fresh.data?.signUp).toEqual({
      __typename: "MutationSignUpSuccess",
      data: { email: "belum.ada@example.id" },
    });
    expect(taken.headers.get("set-cookie")).toBeNull();
    expect(await api.prisma.user.count()).toBe(before);
    const note = await api.prisma.outboxMessage.findFirstOrThrow({
      where: { toEmail: "sari@example.id", kind: "SIGN_UP_EXISTING" },
    });
    expect(note.body).toMatch(/sudah punya akun/);
    // and signing in with the password the prober chose reveals nothing either
    const probe = await api.gql(SIGN_IN, { input: { email: "belum.ada@example.id", password: "sebelas-karakter" } });
    expect(probe.data?.signIn).toMatchObject({ __typename: "InvalidCredentialsError" });
  });

  it("marks the cookie Secure on https", async () => {
    const response = await api.yoga.fetch("https://desamigran.example/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        query: SIGN_IN,
        variables: { input: { email: "sari@example.id", password: "sebelas-karakter" } },
      }),
    });
    expect(response.headers.get("set-cookie")).toMatch(/; Secure/);
  });

  it("refuses a short password, creating nothing", async () => {
    const before = await api.prisma.pendingSignUp.count();
    const short = await api.gql(SIGN_UP, { input: { email: "baru@example.id", password: "pendek", name: "Baru" } });
    expect(short.data?.signUp).toMatchObject({
      __typename: "InputValidationError",
      issues: [{ path: ["input", "password"], message: "Kata sandi minimal 10 karakter." }],
    });
    expect(await api.prisma.pendingSignUp.count()).toBe(before);
  });

  it("answers a wrong password and an unknown email the same way, without a cookie", async () => {
    const wrong = await api.gql(SIGN_IN, { input: { email: "sari@example.id", password: "bukan-ini-sandinya" } });
    const unknown = await api.gql(SIGN_IN, { input: { email: "siapa@example.id", password: "bukan-ini-sandinya" } });
    expect(wrong.data?.signIn).toEqual(unknown.data?.signIn);
    expect(wrong.data?.signIn).toMatchObject({ __typename: "InvalidCredentialsError" });
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("signs out: the session is revoked server-side, so the old token no longer works", async () => {
    const signedIn = await api.gql(SIGN_IN, { input: { email: "sari@example.id", password: "sebelas-karakter" } });
    const token = tokenFrom(signedIn.headers)!;
    const out = await api.gql(`mutation { signOut }`, {}, { session: token });
    expect(out.data).toEqual({ signOut: true });
    expect(out.headers.get("set-cookie")).toMatch(/dm_session=; Max-Age=0/);
    expect((await api.prisma.session.findUnique({ where: { tokenHash: hashToken(token) } }))?.revokedAt).not.toBeNull();
    // A copy of the cookie kept elsewhere is worthless now, and the server tells the browser to drop it.
    const replay = await api.gql(VIEWER, {}, { session: token });
    expect(replay.data?.viewer).toBeNull();
    expect(replay.headers.get("set-cookie")).toMatch(/dm_session=; Max-Age=0/);
  });

  it("ends a session left idle too long, and any session past its absolute end", async () => {
    const idle = await api.gql(SIGN_IN, { input: { email: "sari@example.id", password: "sebelas-karakter" } });
    const idleToken = tokenFrom(idle.headers)!;
    await api.prisma.session.update({
      where: { tokenHash: hashToken(idleToken) },
      data: { lastSeenAt: new Date(Date.now() - SESSION_IDLE_MS - 1000) },
    });
    expect((await api.gql(VIEWER, {}, { session: idleToken })).data?.viewer).toBeNull();

    const old = await api.gql(SIGN_IN, { input: { email: "sari@example.id", password: "sebelas-karakter" } });
    const oldToken = tokenFrom(old.headers)!;
    await api.prisma.session.update({
      where: { tokenHash: hashToken(oldToken) },
      data: { expiresAt: new Date(Date.now() - 1000) },
    });
    expect((await api.gql(VIEWER, {}, { session: oldToken })).data?.viewer).toBeNull();

    // A fresh sign-in still works: ending one session does not touch the others.
    const fresh = await api.gql(SIGN_IN, { input: { email: "sari@example.id", password: "sebelas-karakter" } });
    expect((await api.gql(VIEWER, {}, { session: tokenFrom(fresh.headers)! })).data?.viewer).toEqual({
      email: "sari@example.id",
    });
  });

  it("refuses a second sign-up link once the first made the account, creating no second account or session", async () => {
    // given two sign-ups started for the same new address before either link was opened
    const email = "dua.kali@example.id";
    for (const name of ["Dua Kali", "Orang Kedua"]) {
      const started = await api.gql(SIGN_UP, { input: { email, password: "sebelas-karakter", name } });
      expect(started.data?.signUp.__typename).toBe("MutationSignUpSuccess");
    }
    const links = await api.prisma.outboxMessage.findMany({
      where: { toEmail: email, kind: "SIGN_UP_CONFIRM" },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    });
    const [first, second] = links.map((message) => /token=([\w-]+)/.exec(message.body)![1]!);
    // and the first link has made the account
    const made = await api.gql(CONFIRM, { input: { token: first } });
    expect(made.data?.confirmSignUp.__typename).toBe("MutationConfirmSignUpSuccess");

    // when the second link is opened
    const again = await api.gql(CONFIRM, { input: { token: second } });

    // then it is refused with a pointer to sign in, without a cookie, and there is still one account, one session
    expect(again.data?.confirmSignUp).toEqual({
      __typename: "EmailTakenError",
      message: "Email ini sudah terdaftar. Silakan masuk.",
    });
    expect(again.headers.get("set-cookie")).toBeNull();
    const accounts = await api.prisma.user.findMany({ where: { email }, select: { id: true, name: true } });
    expect(accounts.map((a) => a.name)).toEqual(["Dua Kali"]);
    expect(await api.prisma.session.count({ where: { userId: accounts[0]!.id } })).toBe(1);
  });
});
