import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { splitProRata } from "../split.ts";

const STATEMENT = `query($id: ID!, $from: DateTime, $until: DateTime) { node(id: $id) { ... on Account {
  name balance { amount currency }
  statement(first: 100, from: $from, until: $until) {
    edges { node { createdAt amount { amount } balance { amount } memo kind description } } }
  statementCsv(from: $from, until: $until) } } }`;

describe("splitProRata", () => {
  it("always sums to the total and gives leftovers to the largest remainders", () => {
    expect(splitProRata(10n, [1n, 1n, 1n])).toEqual([4n, 3n, 3n]);
    expect(splitProRata(100n, [0n, 0n])).toEqual([0n, 0n]);
    expect(splitProRata(7n, [2n, 5n])).toEqual([2n, 5n]);
    for (let total = 0n; total < 200n; total += 7n) {
      const parts = splitProRata(total, [3n, 11n, 0n, 5n]);
      expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
    }
  });
});

describe("account statements", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let session: string;
  let walletId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    session = await api.signInAs("household");
    // The household finds its wallet through the API: viewer -> households -> wallet.
    const viewer = await api.gql(`{ viewer { households { name wallet { id } } } }`, {}, { session });
    walletId = viewer.data!.viewer.households[0].wallet.id;
  });
  afterAll(() => api?.cleanup());

  it("lists movements newest first, each with the balance after it, ending at the balance, and the same as CSV", async () => {
    const result = await api.gql(STATEMENT, { id: walletId }, { session });
    expect(result.errors).toBeUndefined();
    const account = result.data!.node;
    const lines = account.statement.edges.map((e: any) => e.node);
    expect(lines.length).toBeGreaterThan(5);
    expect(lines[0].balance.amount).toBe(account.balance.amount);
    for (const [i, line] of lines.entries()) {
      if (i > 0) expect(line.createdAt <= lines[i - 1].createdAt).toBe(true);
      const before = lines[i + 1];
      if (before) {
        expect(BigInt(before.balance.amount) + BigInt(line.amount.amount)).toBe(BigInt(line.balance.amount));
      }
    }
    // Indonesian Excel: a byte order mark, `;` between fields, local time, words instead of codes.
    const csv: string = account.statementCsv;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const rows = csv.slice(1).trim().split("\r\n");
    expect(rows[0]).toBe("Tanggal (WIB);Keterangan;Masuk (Rp);Keluar (Rp);Saldo (Rp)");
    expect(rows).toHaveLength(lines.length + 1);
    expect(rows[1]!.endsWith(`;${account.balance.amount}`)).toBe(true);
    expect(rows[1]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};/);
    expect(csv).not.toMatch(/REMITTANCE|via APP|via BANK/);
  });

  it("tells each line in words, in the reader's language", async () => {
    const id = (await api.gql(STATEMENT, { id: walletId }, { session })).data!.node.statement.edges;
    const remittance = id.map((e: any) => e.node).find((l: any) => l.kind === "REMITTANCE");
    expect(remittance.description).toMatch(/^Kiriman dari \S.* (lewat|dibawa) /);
    expect(remittance.description).not.toMatch(/via|[A-Z]{3}\b/);
    const en = await api.gql(STATEMENT, { id: walletId }, { session, headers: { "accept-language": "en" } });
    const enLines = en.data!.node.statement.edges.map((e: any) => e.node);
    expect(enLines.find((l: any) => l.kind === "REMITTANCE").description).toMatch(/^Remittance from \S/);
    expect(en.data!.node.statementCsv.slice(1).split("\r\n")[0]).toBe(
      "Date (WIB),Description,In (Rp),Out (Rp),Balance (Rp)",
    );
  });

  it("cuts out a period while keeping the balances of the whole history", async () => {
    const all = (await api.gql(STATEMENT, { id: walletId }, { session })).data!.node.statement.edges.map(
      (e: any) => e.node,
    );
    const middle = all[Math.floor(all.length / 2)];
    const from = new Date(new Date(middle.createdAt).getTime() - 1).toISOString();
    const until = new Date(new Date(all[1].createdAt).getTime()).toISOString();
    const period = await api.gql(STATEMENT, { id: walletId, from, until }, { session });
    const lines = period.data!.node.statement.edges.map((e: any) => e.node);
    const expected = all.filter((l: any) => l.createdAt >= from && l.createdAt < until);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines).toEqual(expected);
    expect(period.data!.node.statementCsv.slice(1).trim().split("\r\n")).toHaveLength(expected.length + 1);
  });

  it("is private to the household", async () => {
    const buyer = await api.signInAs("buyer");
    const denied = await api.gql(STATEMENT, { id: walletId }, { session: buyer });
    expect(denied.data?.node ?? null).toBeNull();
    const anonymous = await api.gql(STATEMENT, { id: walletId });
    expect(anonymous.data?.node ?? null).toBeNull();
  });
});
