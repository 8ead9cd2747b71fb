// The seeded rows the web queries are run against (web-operation-statements.test.ts): the demo users' own
// village, cooperative, business, household, orders, and the lists with the most rows, as the web app's pages
// would name them (slugs, codes and Relay global IDs).
import type { PrismaClient } from "@desa-migran/db";

import { demoAccounts } from "../seed/demo-accounts.ts";

/** A Relay global ID, as the API encodes it. */
export const globalId = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");

async function userId(prisma: PrismaClient, account: keyof typeof demoAccounts) {
  return (await prisma.user.findUniqueOrThrow({ where: { email: demoAccounts[account].email } })).id;
}

export async function seededRows(prisma: PrismaClient) {
  const [buyer, household, entrepreneur, cooperativeOfficer, villageOfficer] = await Promise.all(
    (["buyer", "household", "entrepreneur", "cooperativeOfficer", "villageOfficer"] as const).map((account) =>
      userId(prisma, account),
    ),
  );
  const village = (
    await prisma.villageOfficer.findFirstOrThrow({ where: { userId: villageOfficer! }, include: { village: true } })
  ).village;
  const cooperative = (
    await prisma.cooperativeOfficer.findFirstOrThrow({
      where: { userId: cooperativeOfficer! },
      include: { cooperative: true },
    })
  ).cooperative;
  const business = await prisma.business.findFirstOrThrow({
    where: { ownerId: entrepreneur! },
    orderBy: { products: { _count: "desc" } },
  });
  const householdPerson = await prisma.user.findUniqueOrThrow({ where: { id: household! } });
  const ownHousehold = await prisma.household.findFirstOrThrow({
    where: { members: { some: { personId: householdPerson.personId! } } },
  });
  const householdAccount = await prisma.account.findFirstOrThrow({ where: { householdId: ownHousehold.id } });
  const orders = await prisma.order.findMany({ where: { buyerId: buyer! }, orderBy: { placedAt: "desc" }, take: 100 });
  const payment = await prisma.payment.findFirstOrThrow({ where: { buyerId: buyer! } });
  const problemOrder = await prisma.order.findFirst({ where: { buyerId: buyer!, problems: { some: {} } } });
  const membership = await prisma.membership.findFirstOrThrow({
    where: { cooperativeId: cooperative.id, accounts: { some: { postings: { some: {} } } } },
  });
  const savingsEntry = await prisma.journalEntry.findFirstOrThrow({
    where: { postings: { some: { account: { membership: { cooperativeId: cooperative.id } } } } },
  });
  const meeting = await prisma.meeting.findFirstOrThrow({ where: { cooperativeId: cooperative.id } });
  const round = await prisma.fundingRound.findFirstOrThrow({
    where: { isPublic: true },
    orderBy: { createdAt: "asc" },
  });
  const ownRound = await prisma.fundingRound.findFirst({ where: { businessId: business.id } });
  const story = await prisma.story.findFirstOrThrow({ where: { status: "PUBLISHED" } });
  const protectionCase = await prisma.protectionCase.findFirstOrThrow({ where: { villageId: village.id } });
  const person = await prisma.person.findFirstOrThrow({ where: { villageId: village.id } });
  // The migration desk's stint with the longest checklist history of the village.
  const prospective = await prisma.migrationEpisode.findFirstOrThrow({
    where: { status: "PROSPECTIVE", person: { villageId: village.id } },
    orderBy: [{ checklist: { _count: "desc" } }, { id: "asc" }],
  });
  const products = await prisma.product.findMany({ where: { businessId: business.id }, take: 100 });
  const publishedProducts = await prisma.product.findMany({
    where: { status: "PUBLISHED" },
    orderBy: { id: "asc" },
    take: 100,
  });
  const businesses = await prisma.business.findMany({ where: { status: "ACTIVE" }, orderBy: { id: "asc" }, take: 100 });
  // The partner's program with the most applications (what /mitra/program/[slug] lists), and an issued certificate.
  const program = await prisma.program.findFirstOrThrow({
    where: { organization: { members: { some: { user: { email: demoAccounts.partner.email } } } } },
    orderBy: { enrolments: { _count: "desc" } },
  });
  const certificate = await prisma.enrolment.findFirstOrThrow({ where: { certificateCode: { not: null } } });
  return {
    village,
    cooperative,
    business,
    household: ownHousehold,
    householdAccount,
    orders,
    payment,
    problemOrder: problemOrder ?? orders[0]!,
    membership,
    savingsEntry,
    meeting,
    round,
    ownRound,
    story,
    protectionCase,
    person,
    prospective,
    products,
    publishedProducts,
    businesses,
    program,
    certificate,
  };
}

export type Seeded = Awaited<ReturnType<typeof seededRows>>;
