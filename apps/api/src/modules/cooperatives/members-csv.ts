// The member register as a spreadsheet for the cooperative's officers: who is a member, since when, and their
// savings per kind from the ledger.
import type { PrismaClient } from "@desa-migran/db";

import { toCsv } from "../common/csv.ts";
import type { Language } from "../common/text.ts";
import { localDate, villageTimeZone } from "../common/time-zone.ts";

const HEADINGS: Record<Language, string[]> = {
  id: [
    "No. anggota",
    "Nama",
    "Status",
    "Bergabung",
    "Keluar",
    "Simpanan pokok (Rp)",
    "Simpanan wajib (Rp)",
    "Simpanan sukarela (Rp)",
    "Jumlah simpanan (Rp)",
  ],
  en: [
    "Member no.",
    "Name",
    "Status",
    "Joined",
    "Left",
    "Principal savings (Rp)",
    "Mandatory savings (Rp)",
    "Voluntary savings (Rp)",
    "Total savings (Rp)",
  ],
};

const STATUS: Record<"ACTIVE" | "LEFT", Record<Language, string>> = {
  ACTIVE: { id: "Aktif", en: "Active" },
  LEFT: { id: "Keluar", en: "Left" },
};

export async function membersCsv(prisma: PrismaClient, cooperativeId: string, language: Language): Promise<string> {
  const cooperative = await prisma.cooperative.findUniqueOrThrow({
    where: { id: cooperativeId },
    select: { villageId: true },
  });
  const zone = await villageTimeZone(prisma, cooperative.villageId);
  const members = await prisma.membership.findMany({
    where: { cooperativeId },
    orderBy: [{ memberNumber: "asc" }, { id: "asc" }],
    select: {
      memberNumber: true,
      status: true,
      joinedAt: true,
      leftAt: true,
      person: { select: { fullName: true } },
      accounts: { where: { kind: "MEMBER_SAVINGS" }, select: { savingsKind: true, balance: true } },
    },
  });
  const rows = members.map((m) => {
    const of = (kind: string) => m.accounts.find((a) => a.savingsKind === kind)?.balance ?? 0n;
    const [pokok, wajib, sukarela] = [of("POKOK"), of("WAJIB"), of("SUKARELA")];
    return [
      m.memberNumber,
      m.person.fullName,
      STATUS[m.status][language],
      localDate(m.joinedAt, zone),
      m.leftAt ? localDate(m.leftAt, zone) : "",
      pokok.toString(),
      wajib.toString(),
      sukarela.toString(),
      (pokok + wajib + sukarela).toString(),
    ];
  });
  return toCsv([HEADINGS[language], ...rows], language);
}
