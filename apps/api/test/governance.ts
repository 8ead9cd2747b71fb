// A given for tests that need a year's SHU adopted: the cooperative's annual meeting (RAT) of that year, closed with
// quorum and a CARRIED ADOPT_ANNUAL_REPORT motion for the surplus, written straight to the database.
import type { PrismaClient } from "@desa-migran/db";

export async function adoptAnnualReport(
  prisma: PrismaClient,
  input: { cooperativeId: string; fiscalYear: number; surplusIdr: bigint },
) {
  const memberCount = await prisma.membership.count({
    where: { cooperativeId: input.cooperativeId, status: "ACTIVE" },
  });
  const meeting = await prisma.meeting.create({
    data: {
      cooperativeId: input.cooperativeId,
      kind: "ANNUAL",
      title: `Rapat Anggota Tahunan Tahun Buku ${input.fiscalYear}`,
      fiscalYear: input.fiscalYear,
      scheduledAt: new Date(Date.UTC(input.fiscalYear + 1, 1, 20, 2)),
      openedAt: new Date(Date.UTC(input.fiscalYear + 1, 1, 20, 2)),
      closedAt: new Date(Date.UTC(input.fiscalYear + 1, 1, 20, 5)),
      location: "Balai desa",
      status: "CLOSED",
      memberCount,
      quorumMet: true,
      motions: {
        create: {
          position: 1,
          title: `Pengesahan laporan tahunan dan SHU tahun buku ${input.fiscalYear}`,
          kind: "ADOPT_ANNUAL_REPORT",
          surplusIdr: input.surplusIdr,
          status: "CARRIED",
        },
      },
    },
    include: { motions: true },
  });
  return { meeting, motion: meeting.motions[0]! };
}
