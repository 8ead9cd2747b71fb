// The callers and the objects of the authorization matrix: one seeded database, a session or key for every role,
// and the rows every declaration speaks of (the demo family, business, cooperative, village and organization).
import { randomUUID } from "node:crypto";

import { createProduct } from "../../src/modules/commerce/service.ts";
import { type Role, ROLES } from "../../src/modules/common/access-policy.ts";
import { createFundingRound, postRoundUpdate } from "../../src/modules/funding/service.ts";
import { confirmOrder, placeOrder, shipOrder } from "../../src/modules/orders/service.ts";
import { confirmPayment } from "../../src/modules/payments/treasury.ts";
import { runShu } from "../../src/modules/shu/service.ts";
import { createStory } from "../../src/modules/stories/service.ts";
import { adoptAnnualReport } from "../governance.ts";
import { createTestApi, type RequestOptions } from "../harness.ts";
import { createPartnerKey, viewerOrganization } from "../partners.ts";

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
const idOf = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;
const DAY = 86_400_000;

export async function createWorld() {
  const api = await createTestApi({ seed: true });
  const p = api.prisma;

  // ── This party: the demo accounts and what they hold ──
  const user = (email: string) => p.user.findUniqueOrThrow({ where: { email } });
  const family = await p.user.findUniqueOrThrow({
    where: { email: "keluarga@desamigran.id" },
    include: { person: { include: { households: true, memberships: true } } },
  });
  const familyPersonId = family.personId!;
  const householdId = family.person!.households[0]!.householdId;
  const villageId = family.person!.villageId;
  const cooperative = await p.cooperative.findFirstOrThrow({
    where: { officers: { some: { user: { email: "koperasi@desamigran.id" } } } },
  });
  const membershipId = family.person!.memberships.find((m) => m.cooperativeId === cooperative.id)!.id;
  const entrepreneur = await user("wirausaha@desamigran.id");
  const business = await p.business.findFirstOrThrow({ where: { ownerId: entrepreneur.id } });
  const buyer = await user("pembeli@desamigran.id");
  const villageOfficer = await user("desa@desamigran.id");
  const cooperativeOfficer = await user("koperasi@desamigran.id");
  const admin = await user("admin@desamigran.id");

  // ── The same roles elsewhere ──
  const otherHouseholdHead = await p.person.findFirstOrThrow({
    where: {
      villageId,
      user: null,
      households: { some: { relationship: "HEAD", householdId: { not: householdId } } },
      memberships: { some: { cooperativeId: cooperative.id, status: "ACTIVE" } },
    },
    orderBy: { fullName: "asc" },
  });
  const otherBusiness = await p.business.findFirstOrThrow({
    where: { villageId, cooperativeId: cooperative.id, ownerId: { not: entrepreneur.id } },
    include: { owner: true },
    orderBy: { slug: "asc" },
  });
  const otherCooperativeOfficer = await p.cooperativeOfficer.findFirstOrThrow({
    where: { cooperative: { villageId: { not: villageId } } },
    include: { user: true },
    orderBy: { user: { email: "asc" } },
  });
  const otherVillageOfficer = await p.villageOfficer.findFirstOrThrow({
    where: { villageId: { not: villageId } },
    include: { user: true },
    orderBy: { user: { email: "asc" } },
  });
  // A second officer of this village: someone to hand a protection case to.
  const fellowVillageOfficer = await p.villageOfficer.findFirstOrThrow({
    where: { villageId, userId: { not: villageOfficer.id } },
  });

  // ── A session or a key for every role ──
  const as = { anonymous: {} } as Record<Role, RequestOptions>;
  const userIds: Partial<Record<Role, string>> = {
    buyer: buyer.id,
    household: family.id,
    entrepreneur: entrepreneur.id,
    cooperativeOfficer: cooperativeOfficer.id,
    villageOfficer: villageOfficer.id,
    admin: admin.id,
  };
  for (const role of [
    "buyer",
    "household",
    "entrepreneur",
    "cooperativeOfficer",
    "villageOfficer",
    "partner",
    "admin",
  ] as const) {
    as[role] = { session: await api.signInAs(role) };
  }
  const otherBuyer = await api.createUserSession({ email: `pembeli-lain-${randomUUID().slice(0, 8)}@contoh.id` });
  const otherHousehold = await api.createUserSession({
    email: `keluarga-lain-${randomUUID().slice(0, 8)}@contoh.id`,
    name: otherHouseholdHead.fullName,
    personId: otherHouseholdHead.id,
  });
  as.otherBuyer = { session: otherBuyer.token };
  as.otherHousehold = { session: otherHousehold.token };
  as.otherEntrepreneur = { session: await api.createSessionFor(otherBusiness.owner.email) };
  as.otherCooperativeOfficer = { session: await api.createSessionFor(otherCooperativeOfficer.user.email) };
  as.otherVillageOfficer = { session: await api.createSessionFor(otherVillageOfficer.user.email) };
  Object.assign(userIds, {
    otherBuyer: otherBuyer.user.id,
    otherHousehold: otherHousehold.user.id,
    otherEntrepreneur: otherBusiness.ownerId,
    otherCooperativeOfficer: otherCooperativeOfficer.userId,
    otherVillageOfficer: otherVillageOfficer.userId,
  });

  const organizationGid = (await viewerOrganization(api, as.partner.session!)).id;
  const organizationId = idOf(organizationGid);
  const partner = await p.organizationMember.findFirstOrThrow({
    where: { organizationId, user: { email: "mitra@desamigran.id" } },
  });
  const otherPartner = await p.organizationMember.findFirstOrThrow({
    where: { organizationId: { not: organizationId } },
    include: { user: true },
    orderBy: { user: { email: "asc" } },
  });
  as.otherPartner = { session: await api.createSessionFor(otherPartner.user.email) };
  Object.assign(userIds, { partner: partner.userId, otherPartner: otherPartner.userId });
  const keyFor = async (scope: string) =>
    createPartnerKey(api, as.partner.session!, organizationGid, [scope], `Kunci matriks ${scope}`);
  const catalogKey = await keyFor("CATALOG_READ");
  as["key:catalog"] = { apiKey: catalogKey.key };
  as["key:aggregates"] = { apiKey: (await keyFor("AGGREGATES_READ")).key };
  as["key:programs"] = { apiKey: (await keyFor("PROGRAMS_WRITE")).key };
  for (const role of ROLES) if (!as[role]) throw new Error(`No caller for role ${role}`);

  // ── Factories for objects a test changes (so one mutation's success never moves another's target) ──
  const publishedProduct = await p.product.findFirstOrThrow({
    where: { businessId: business.id, status: "PUBLISHED", stock: { gt: 50 } },
    orderBy: { slug: "asc" },
  });
  const category = await p.productCategory.findFirstOrThrow({ orderBy: { slug: "asc" } });
  const openRound = await p.fundingRound.findFirstOrThrow({ where: { businessId: business.id, status: "OPEN" } });

  const newDraftProduct = async (name = `Produk uji ${randomUUID().slice(0, 6)}`) =>
    createProduct(p, {
      businessId: business.id,
      categoryId: category.id,
      name,
      description: "Produk uji matriks otorisasi.",
      priceIdr: 15_000n,
      stock: 100,
      unit: "pak",
      imageUrls: [],
    });

  const newDraftRound = async () =>
    createFundingRound(p, {
      businessId: business.id,
      title: `Putaran uji ${randomUUID().slice(0, 6)}`,
      purpose: "Putaran uji matriks otorisasi: modal kerja.",
      instrument: "PROFIT_SHARE",
      isPublic: false,
      targetIdr: 10_000_000n,
      minTicketIdr: 100_000n,
      maxTicketIdr: 1_000_000n,
      returnBps: 1200,
      tenorMonths: 12,
      opensAt: new Date(Date.now() + 2 * DAY),
      closesAt: new Date(Date.now() + 40 * DAY),
    });

  const newDraftStory = async () =>
    createStory(
      p,
      { villageId, kind: "STORY", title: `Cerita uji ${randomUUID().slice(0, 6)}`, body: "Isi cerita uji." },
      villageOfficer.id,
    );

  /** An order of the demo buyer to the demo business, brought to the given status by its seller. */
  const newOrder = async (status: "PENDING_PAYMENT" | "PAID" | "CONFIRMED" | "SHIPPED" = "PENDING_PAYMENT") => {
    await p.cartItem.deleteMany({ where: { userId: buyer.id } });
    await p.cartItem.create({ data: { userId: buyer.id, productId: publishedProduct.id, quantity: 1 } });
    const { checkout } = await placeOrder(p, buyer.id, {
      idempotencyKey: randomUUID(),
      paymentMethod: "BANK_TRANSFER",
      recipientName: "Rina Kartika",
      phone: "+6281200000001",
      address: "Jl. Uji Matriks 1, Indramayu",
    });
    const order = await p.order.findFirstOrThrow({ where: { checkoutId: checkout.id, businessId: business.id } });
    if (status !== "PENDING_PAYMENT") {
      const treasurer = await p.cooperativeOfficer.findFirstOrThrow({
        where: { cooperativeId: business.cooperativeId!, role: "TREASURER" },
      });
      await confirmPayment(p, order.paymentId!, { id: treasurer.userId, isPlatformAdmin: false });
    }
    if (status === "CONFIRMED" || status === "SHIPPED") await confirmOrder(p, order.id);
    if (status === "SHIPPED") await shipOrder(p, order.id);
    return order;
  };

  const memo = new Map<string, Promise<unknown>>();
  /** The same object for every call of one mutation test, made on first use. */
  const once = <T>(key: string, make: () => Promise<T>): Promise<T> => {
    if (!memo.has(key)) memo.set(key, make());
    return memo.get(key) as Promise<T>;
  };

  return {
    api,
    as,
    userIds,
    once,
    ids: {
      villageId,
      otherVillageId: otherVillageOfficer.villageId,
      cooperativeId: cooperative.id,
      householdId,
      familyPersonId,
      familyUserId: family.id,
      membershipId,
      otherHouseholdPersonId: otherHouseholdHead.id,
      businessId: business.id,
      entrepreneurId: entrepreneur.id,
      buyerId: buyer.id,
      villageOfficerId: villageOfficer.id,
      otherVillageOfficerId: otherVillageOfficer.userId,
      fellowVillageOfficerId: fellowVillageOfficer.userId,
      cooperativeOfficerId: cooperativeOfficer.id,
      adminId: admin.id,
      organizationId,
      catalogKeyId: idOf(catalogKey.id),
      publishedProductId: publishedProduct.id,
      categoryId: category.id,
      openRoundId: openRound.id,
    },
    make: { newDraftProduct, newDraftRound, newDraftStory, newOrder },
  };
}

export type World = Awaited<ReturnType<typeof createWorld>>;

/** The link between the village tried and the other officer's village, (re)made a pending request. */
async function pendingLinkWithOtherVillage(w: World) {
  const p = w.api.prisma;
  const { villageId, otherVillageId, otherVillageOfficerId } = w.ids;
  const pair = await p.villageLink.findFirst({
    where: {
      OR: [
        { fromVillageId: villageId, toVillageId: otherVillageId },
        { fromVillageId: otherVillageId, toVillageId: villageId },
      ],
    },
  });
  if (pair) return p.villageLink.update({ where: { id: pair.id }, data: { status: "PENDING", decidedAt: null } });
  return p.villageLink.create({
    data: {
      fromVillageId: otherVillageId,
      toVillageId: villageId,
      kind: "PEER",
      note: "Permintaan uji.",
      requestedById: otherVillageOfficerId,
    },
  });
}

/**
 * The object tried for each node type (and case), by database id: always one of this party's, so the declared
 * roles read as "the family", "the owner", "an officer of this cooperative".
 */
export async function pickRows(w: World): Promise<Record<string, string | null>> {
  const p = w.api.prisma;
  const { ids } = w;
  const id = async (row: Promise<{ id: string } | null> | { id: string } | null) => (await row)?.id ?? null;

  // The seed has no motion and no SHU run: one of each for this cooperative.
  const meeting = await p.meeting.findFirstOrThrow({ where: { cooperativeId: ids.cooperativeId } });
  await p.motion.create({ data: { meetingId: meeting.id, position: 99, title: "Mosi uji otorisasi" } });
  await adoptAnnualReport(p, { cooperativeId: ids.cooperativeId, fiscalYear: 2024, surplusIdr: 1_000_000n });
  await runShu(p, { cooperativeId: ids.cooperativeId, fiscalYear: 2024, surplusIdr: 1_000_000n }, ids.adminId);
  const village = await p.village.findUniqueOrThrow({ where: { id: ids.villageId }, include: { regency: true } });
  const order =
    (await p.order.findFirst({ where: { buyerId: ids.buyerId, businessId: ids.businessId } })) ??
    (await w.make.newOrder());

  return {
    Province: village.regency.provinceId,
    Regency: village.regencyId,
    Village: village.id,
    ProductCategory: ids.categoryId,
    "Product.published": ids.publishedProductId,
    "Product.draft": await id(
      (await p.product.findFirst({ where: { businessId: ids.businessId, status: "DRAFT" } })) ??
        w.make.newDraftProduct(),
    ),
    Business: ids.businessId,
    Cooperative: ids.cooperativeId,
    CooperativeRequest: await id(p.cooperativeRequest.findFirst({ where: { businessId: ids.businessId } })),
    "FundingRound.open": ids.openRoundId,
    "FundingRound.draft": await id(w.make.newDraftRound()),
    "FundingRoundUpdate.openRound": await id(p.fundingRoundUpdate.findFirst({ where: { roundId: ids.openRoundId } })),
    "FundingRoundUpdate.draftRound": await id(
      postRoundUpdate(
        p,
        { roundId: (await w.make.newDraftRound()).id, title: "Kabar draf", body: "Belum dibuka." },
        ids.entrepreneurId,
      ),
    ),
    "Story.published": await id(p.story.findFirst({ where: { villageId: ids.villageId, status: "PUBLISHED" } })),
    "Story.draft": await id(w.make.newDraftStory()),
    "VillageLink.accepted": await id(
      p.villageLink.findFirst({
        where: {
          status: "ACCEPTED",
          OR: [{ fromVillageId: ids.villageId }, { toVillageId: ids.villageId }],
          NOT: { OR: [{ fromVillageId: ids.otherVillageId }, { toVillageId: ids.otherVillageId }] },
        },
      }),
    ),
    // A request between this village and the other officer's village, waiting for an answer.
    "VillageLink.pending": await id(pendingLinkWithOtherVillage(w)),
    PracticeAdoption: await id(p.practiceAdoption.findFirst({ where: { villageId: ids.villageId } })),
    Organization: ids.organizationId,
    Program: await id(p.program.findFirst({ where: { organizationId: ids.organizationId } })),
    Enrolment: await id(p.enrolment.findFirst({ where: { program: { organizationId: ids.organizationId } } })),
    ApiKey: ids.catalogKeyId,
    Household: ids.householdId,
    Remittance: await id(p.remittance.findFirst({ where: { householdId: ids.householdId } })),
    "Account.householdWallet": await id(
      p.account.findUnique({ where: { key: `household:${ids.householdId}:wallet` } }),
    ),
    "Account.memberSavings": await id(
      p.account.findFirst({ where: { membershipId: ids.membershipId, kind: "MEMBER_SAVINGS" } }),
    ),
    JournalEntry: await id(
      p.journalEntry.findFirst({
        where: { createdById: ids.familyUserId, postings: { some: { account: { householdId: ids.householdId } } } },
      }),
    ),
    Pledge: await id(
      p.pledge.findFirst({ where: { householdId: ids.householdId, round: { cooperativeId: ids.cooperativeId } } }),
    ),
    Person: ids.familyPersonId,
    PlacementAgency: await id(p.placementAgency.findFirst({ orderBy: { licenceNumber: "asc" } })),
    MigrationEpisode: await id(
      p.migrationEpisode.findFirst({
        where: {
          person: { villageId: ids.villageId, user: null, households: { none: { householdId: ids.householdId } } },
        },
        orderBy: { createdAt: "asc" },
      }),
    ),
    ProtectionCase: await id(
      p.protectionCase.findFirst({ where: { villageId: ids.villageId, handlerId: ids.villageOfficerId } }),
    ),
    User: ids.familyUserId,
    Order: order.id,
    Payment: order.paymentId,
    OrderProblem: await id(
      (await p.orderProblem.findFirst({ where: { orderId: order.id } })) ??
        p.orderProblem.create({
          data: {
            orderId: order.id,
            reporterId: order.buyerId,
            cooperativeId: ids.cooperativeId,
            kind: "OTHER",
            description: "Laporan uji matriks.",
          },
        }),
    ),
    CooperativeBankAccount: await id(
      p.cooperativeBankAccount.findFirst({ where: { cooperativeId: ids.cooperativeId } }),
    ),
    Membership: ids.membershipId,
    Meeting: meeting.id,
    Motion: await id(p.motion.findFirst({ where: { meetingId: meeting.id } })),
    ShuRun: await id(p.shuRun.findFirst({ where: { cooperativeId: ids.cooperativeId } })),
  };
}
