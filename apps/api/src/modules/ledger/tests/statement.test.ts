import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { splitProRata } from "../split.ts";

const STATEMENT = `query($id: ID!) { node(id: $id) { ... on Account { name balance { amount currency }
  statement(first: 100) { edges { node { amount { amount } balance { amount } memo kind } } }
  statementCsv } } }`;

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

  it("lists movements with a running balance that ends at the balance, and the same as CSV", async () => {
    const result = await api.gql(STATEMENT, { id: walletId }, { session });
    expect(result.errors).toBeUndefined();
    const account = result.data!.node;
    const lines = account.statement.edges.map((e: any) => e.node);
    expect(lines.length).toBeGreaterThan(5);
    let running = 0n;
    for (const line of lines) {
      running += BigInt(line.amount.amount);
      expect(line.balance.amount).toBe(running.toString());
    }
    expect(lines.at(-1).balance.amount).toBe(account.balance.amount);
    const csv: string[] = account.statementCsv.trim().split("\r\n");
    expect(csv[0]).toBe("tanggal,jenis,keterangan,jumlah,saldo");
    expect(csv).toHaveLength(lines.length + 1);
    expect(csv.at(-1)!.endsWith(`,${account.balance.amount}`)).toBe(true);
  });

  it("is private to the household", async () => {
    const buyer = await api.signInAs("buyer");
    const denied = await api.gql(STATEMENT, { id: walletId }, { session: buyer });
    expect(denied.data?.node ?? null).toBeNull();
    const anonymous = await api.gql(STATEMENT, { id: walletId });
    expect(anonymous.data?.node ?? null).toBeNull();
  });
});
