// postEntry's guard against unbalanced entries. UnbalancedEntryError is a programming error, not a user's: no
// mutation lists it (a client would see a masked error), so it is tested here at the service, with the database's
// own commit-time check behind it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { findLedgerViolations, noViolations } from "../../../../test/ledger-invariants.ts";
import { accounts } from "../accounts.ts";
import { UnbalancedEntryError } from "../errors.ts";
import { ensureAccount, postEntry } from "../service.ts";

describe("posting a journal entry", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  beforeAll(async () => {
    api = await createTestApi({ seed: false });
  });
  afterAll(() => api?.cleanup());

  const fees = accounts.platformFeeIncome();

  it("refuses postings that do not sum to zero, writing nothing", async () => {
    const attempt = api.prisma.$transaction((tx) =>
      postEntry(tx, {
        idempotencyKey: "unbalanced-1",
        kind: "TEST",
        request: {},
        postings: [
          { account: accounts.external(), amount: -100n },
          { account: fees, amount: 99n },
        ],
      }),
    );
    await expect(attempt).rejects.toBeInstanceOf(UnbalancedEntryError);
    await expect(attempt).rejects.toMatchObject({ currency: "IDR", sum: -1n });
    expect(await api.prisma.journalEntry.count({ where: { idempotencyKey: "unbalanced-1" } })).toBe(0);
    expect(await api.prisma.posting.count()).toBe(0);
  });

  it("is backed by the database: an entry written around postEntry that does not balance fails at commit", async () => {
    const attempt = api.prisma.$transaction(async (tx) => {
      const account = await ensureAccount(tx, fees);
      const entry = await tx.journalEntry.create({
        data: { idempotencyKey: "around-post-entry", requestHash: "x", kind: "TEST" },
      });
      await tx.posting.create({ data: { entryId: entry.id, accountId: account.id, amount: 5n, currency: "IDR" } });
    });
    await expect(attempt).rejects.toThrow(/does not balance/);
    expect(await api.prisma.journalEntry.count({ where: { idempotencyKey: "around-post-entry" } })).toBe(0);
  });

  it("posts a balanced entry and moves both balances", async () => {
    await api.prisma.$transaction((tx) =>
      postEntry(tx, {
        idempotencyKey: "balanced-1",
        kind: "TEST",
        request: {},
        postings: [
          { account: accounts.external(), amount: -100n },
          { account: fees, amount: 100n },
        ],
      }),
    );
    expect((await api.prisma.account.findUniqueOrThrow({ where: { key: fees.key } })).balance).toBe(100n);
    expect(await findLedgerViolations(api.prisma)).toEqual(noViolations);
  });
});
