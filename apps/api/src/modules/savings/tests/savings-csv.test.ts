import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";

const MEMBER_CSV = `query($id: ID!) { node(id: $id) { ... on Membership { savingsStatementCsv } } }`;
const REGISTER_CSV = `query($slug: String!) { cooperative(slug: $slug) { membersCsv } }`;

describe("savings and member register as spreadsheets", () => {
  let api: Awaited<ReturnType<typeof createTestApi>>;
  let officer: string;
  let slug: string;
  let membershipId: string;
  let memberNumber: string;
  const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
  const rows = (csv: string) =>
    csv
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");

  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("cooperativeOfficer");
    const office = await api.prisma.cooperativeOfficer.findFirstOrThrow({
      where: { user: { email: "koperasi@desamigran.id" } },
      select: { cooperative: { select: { id: true, slug: true } } },
    });
    slug = office.cooperative.slug;
    // A member with savings movements of more than one kind.
    const membership = await api.prisma.membership.findFirstOrThrow({
      where: {
        cooperativeId: office.cooperative.id,
        accounts: { some: { kind: "MEMBER_SAVINGS", balance: { gt: 0 } } },
      },
      orderBy: { memberNumber: "asc" },
    });
    membershipId = membership.id;
    memberNumber = membership.memberNumber;
  });
  afterAll(() => api?.cleanup());

  it("gives an officer the member's savings, newest first, each kind's balance after, in Indonesian Excel's form", async () => {
    const result = await api.gql(MEMBER_CSV, { id: gid("Membership", membershipId) }, { session: officer });
    expect(result.errors).toBeUndefined();
    const csv: string = result.data!.node.savingsStatementCsv;
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const [heading, ...lines] = rows(csv);
    expect(heading).toBe("Tanggal (WIB);Simpanan;Keterangan;Masuk (Rp);Keluar (Rp);Saldo simpanan (Rp)");
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0]).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2};(Pokok|Wajib|Sukarela);/);
    // The newest line of each kind ends at that kind's balance in the ledger.
    const accounts = await api.prisma.account.findMany({ where: { membershipId, kind: "MEMBER_SAVINGS" } });
    for (const account of accounts) {
      const word = { POKOK: "Pokok", WAJIB: "Wajib", SUKARELA: "Sukarela" }[account.savingsKind!];
      const newest = lines.find((l) => l.split(";")[1] === word);
      if (newest) expect(newest.split(";").at(-1)).toBe(account.balance.toString());
    }
  });

  it("is the member's and the officers' only", async () => {
    const buyer = await api.signInAs("buyer");
    const denied = await api.gql(MEMBER_CSV, { id: gid("Membership", membershipId) }, { session: buyer });
    expect(denied.data?.node ?? null).toBeNull();
    const entrepreneur = await api.signInAs("entrepreneur");
    const register = await api.gql(REGISTER_CSV, { slug }, { session: entrepreneur });
    expect(register.errors).toBeUndefined();
    expect(register.data!.cooperative.membersCsv).toBeNull();
    const anonymous = await api.gql(REGISTER_CSV, { slug });
    expect(anonymous.data?.cooperative?.membersCsv ?? null).toBeNull();
  });

  it("gives officers the member register with savings per kind that add up, in both languages", async () => {
    const id = await api.gql(REGISTER_CSV, { slug }, { session: officer });
    expect(id.errors).toBeUndefined();
    const [heading, ...lines] = rows(id.data!.cooperative.membersCsv);
    expect(heading).toBe(
      "No. anggota;Nama;Status;Bergabung;Keluar;Simpanan pokok (Rp);Simpanan wajib (Rp);Simpanan sukarela (Rp);Jumlah simpanan (Rp)",
    );
    const count = await api.prisma.membership.count({ where: { cooperative: { slug } } });
    expect(lines).toHaveLength(count);
    const mine = lines.find((l) => l.startsWith(`${memberNumber};`))!.split(";");
    expect(mine[2]).toMatch(/^(Aktif|Keluar)$/);
    expect(BigInt(mine[5]!) + BigInt(mine[6]!) + BigInt(mine[7]!)).toBe(BigInt(mine[8]!));
    const en = await api.gql(REGISTER_CSV, { slug }, { session: officer, headers: { "accept-language": "en" } });
    expect(rows(en.data!.cooperative.membersCsv)[0]).toMatch(/^Member no\.,Name,Status,Joined,Left,/);
  });
});
