// A minimal valid input for every mutation, naming an object of this party (the demo family, business, cooperative,
// village or organization). The list of mutations comes from the schema: a mutation without a builder here fails the
// matrix. Objects a success would move (an order's status, a case's handler) are made fresh per mutation with the
// services, so one mutation's success never changes the target of another.
import { randomUUID } from "node:crypto";

import sharp from "sharp";

import { publishProduct } from "../../src/modules/commerce/service.ts";
import type { Role } from "../../src/modules/common/access-policy.ts";
import { addMember } from "../../src/modules/cooperatives/service.ts";
import { submitFundingRound } from "../../src/modules/funding/review.ts";
import { CURRENT_DISCLOSURE } from "../../src/modules/investments/disclosure.ts";
import { callMeeting, openMeeting, recordAttendance } from "../../src/modules/meetings/service.ts";
import { createApiKey } from "../../src/modules/partners/service.ts";
import { buildStaticQris } from "../../src/modules/payments/qris.ts";
import { PROGRAM_CONSENT } from "../../src/modules/programs/consent.ts";
import { openProtectionCase } from "../../src/modules/protection/service.ts";
import { recordMigrationEpisode } from "../../src/modules/registry/service.ts";
import { runShu } from "../../src/modules/shu/service.ts";
import { publishStory } from "../../src/modules/stories/service.ts";
import { adoptAnnualReport } from "../governance.ts";
import { gid, type World } from "./world.ts";

type Variables = Record<string, unknown>;
type Build = (w: World, role: Role) => Promise<Variables> | Variables;

const DAY = 86_400_000;
const yesterday = () => new Date(Date.now() - DAY).toISOString();
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();
const unique = () => randomUUID().slice(0, 8);
const input = (fields: Variables) => ({ input: fields });

/** A paid order of the demo buyer with an open problem report on it. */
const newProblem = async (w: World) => {
  const order = await w.make.newOrder("PAID");
  return w.api.prisma.orderProblem.create({
    data: {
      orderId: order.id,
      reporterId: order.buyerId,
      cooperativeId: w.ids.cooperativeId,
      kind: "DAMAGED",
      description: "Barang datang pecah.",
    },
  });
};
/** A program of the demo partner that started a week ago and runs for another week. */
const newProgram = (w: World) =>
  w.api.prisma.program.create({
    data: {
      organizationId: w.ids.organizationId,
      slug: `program-uji-${unique()}`,
      kind: "TRAINING",
      title: "Program uji matriks",
      startsOn: new Date(Date.now() - 7 * DAY),
      endsOn: new Date(Date.now() + 7 * DAY),
    },
  });
/** An application by another household's head to a fresh program, in the given status. */
const newApplication = async (w: World, status: "APPLIED" | "ENROLLED") =>
  w.api.prisma.enrolment.create({
    data: {
      programId: (await newProgram(w)).id,
      personId: w.ids.otherHouseholdPersonId,
      status,
      consentGivenAt: new Date(),
      consentVersion: PROGRAM_CONSENT.version,
    },
  });
/** A 64×48 PNG, for photo uploads. */
const tinyPng = () =>
  sharp({ create: { width: 64, height: 48, channels: 3, background: "#0f5c4d" } })
    .png()
    .toBuffer();

/** A new protection case about a villager, handled by this village's officer. */
const newCase = (w: World) =>
  w.api.prisma.person
    .findFirstOrThrow({ where: { villageId: w.ids.villageId, user: null }, orderBy: { fullName: "asc" } })
    .then((person) =>
      openProtectionCase(
        w.api.prisma,
        { personId: person.id, type: "UNPAID_WAGES", summary: "Gaji belum dibayar tiga bulan (uji matriks)." },
        w.ids.villageOfficerId,
      ),
    );

/** A members' meeting of this cooperative with one motion, due since yesterday, opened when asked. */
const newMeeting = async (w: World, open: boolean) => {
  const meeting = await callMeeting(
    w.api.prisma,
    {
      cooperativeId: w.ids.cooperativeId,
      kind: "EXTRAORDINARY",
      title: `Rapat uji ${unique()}`,
      scheduledAt: new Date(Date.now() - DAY),
      location: "Balai desa",
      online: false,
      motions: [{ title: "Mosi uji matriks" }],
    },
    w.ids.cooperativeOfficerId,
  );
  if (open) await openMeeting(w.api.prisma, meeting.id);
  return meeting;
};

/** Every active member of this cooperative, recorded present at an open meeting (so that members may vote). */
const allPresent = async (w: World, meetingId: string) => {
  const members = await w.api.prisma.membership.findMany({
    where: { cooperativeId: w.ids.cooperativeId, status: "ACTIVE" },
    select: { id: true },
  });
  await recordAttendance(
    w.api.prisma,
    { meetingId, membershipIds: members.map((m) => m.id) },
    w.ids.cooperativeOfficerId,
  );
};

/** Sets who the cooperative's by-laws let call a meeting, and returns a valid callMeeting input. */
const meetingCall = (callers: "OFFICERS" | "OFFICERS_AND_MEMBERS") => async (w: World) => {
  await w.api.prisma.cooperative.update({
    where: { id: w.ids.cooperativeId },
    data: { meetingCallers: callers },
  });
  return input({
    cooperativeId: gid("Cooperative", w.ids.cooperativeId),
    kind: "EXTRAORDINARY",
    title: `Rapat uji ${unique()}`,
    scheduledAt: inDays(7),
    location: "Balai desa",
    online: false,
    motions: [{ title: "Mosi uji matriks" }],
  });
};

/** Puts the published product in the caller's own cart (callers without an account have none). */
const withCartItem = async (w: World, role: Role) => {
  const userId = w.userIds[role];
  if (userId)
    await w.api.prisma.cartItem.upsert({
      where: { userId_productId: { userId, productId: w.ids.publishedProductId } },
      create: { userId, productId: w.ids.publishedProductId, quantity: 1 },
      update: { quantity: 1 },
    });
  return gid("Product", w.ids.publishedProductId);
};

/** A villager of this village who is not yet a member of its cooperative. */
const nonMember = (w: World, skip: number) =>
  w.api.prisma.person.findFirstOrThrow({
    where: { villageId: w.ids.villageId, memberships: { none: { cooperativeId: w.ids.cooperativeId } } },
    orderBy: { fullName: "asc" },
    skip,
  });

/** A prospective migrant of the village tried, registered for the desk's mutations. */
const newProspective = async (w: World) => {
  const person = await w.api.prisma.person.create({
    data: { villageId: w.ids.villageId, fullName: `Calon PMI Uji ${unique()}` },
  });
  return recordMigrationEpisode(
    w.api.prisma,
    {
      personId: person.id,
      status: "PROSPECTIVE",
      destinationCountry: "TW",
      procedural: true,
      consentGivenAt: new Date(Date.now() - DAY),
    },
    w.ids.villageOfficerId,
  );
};

const savings = (channel: "CASH" | "HOUSEHOLD_WALLET", amountIdr: string) => (w: World) =>
  input({
    membershipId: gid("Membership", w.ids.membershipId),
    kind: "SUKARELA",
    amountIdr,
    channel,
    idempotencyKey: randomUUID(),
  });

const order = (key: string, status?: "PAID" | "CONFIRMED" | "SHIPPED") => async (w: World) =>
  input({ orderId: gid("Order", (await w.once(key, () => w.make.newOrder(status))).id) });

const round = (w: World) => input({ roundId: gid("FundingRound", w.ids.openRoundId) });

export const INPUTS: Record<string, Build> = {
  // ── auth ──
  signUp: () => input({ email: `baru-${unique()}@contoh.id`, name: "Warga Baru", password: "kata-sandi-uji-panjang" }),
  confirmSignUp: () => input({ token: `token-tidak-dikenal-${randomUUID()}` }),
  signIn: () => input({ email: `tidak-ada-${unique()}@contoh.id`, password: "kata-sandi-salah" }),
  signOut: () => ({}),
  requestPasswordReset: () => input({ email: `tidak-ada-${unique()}@contoh.id` }),
  resetPassword: () => input({ token: `token-tidak-dikenal-${randomUUID()}`, password: "kata-sandi-baru-panjang" }),
  // A wrong current password: the role gets a domain error and nobody's password changes.
  changePassword: () => input({ currentPassword: "bukan-kata-sandinya", newPassword: "kata-sandi-baru-panjang" }),
  signOutEverywhere: () => ({}),
  updateAccount: () => input({ phone: "0812-3456-7890" }),

  // ── messages ──
  setMessagePreferences: () => input({ enabledCategories: ["ORDERS", "INVESTMENTS"] }),

  // ── commerce ──
  registerBusiness: (w) =>
    input({
      name: `Usaha uji ${unique()}`,
      story: "Cerita usaha uji.",
      villageId: gid("Village", w.ids.villageId),
      employees: 1,
    }),
  updateBusiness: (w) => input({ businessId: gid("Business", w.ids.businessId), employees: 3 }),
  createProduct: (w) =>
    input({
      businessId: gid("Business", w.ids.businessId),
      categoryId: gid("ProductCategory", w.ids.categoryId),
      name: `Produk uji ${unique()}`,
      description: "Produk uji matriks otorisasi.",
      priceIdr: "15000",
      stock: 10,
      unit: "pak",
    }),
  updateProduct: (w) => input({ productId: gid("Product", w.ids.publishedProductId), unit: "pak" }),
  publishProduct: async (w) =>
    input({ productId: gid("Product", (await w.once("publishProduct", () => w.make.newDraftProduct())).id) }),
  unpublishProduct: async (w) => {
    const product = await w.once("unpublishProduct", async () => {
      const made = await w.make.newDraftProduct();
      return publishProduct(w.api.prisma, made.id);
    });
    return input({ productId: gid("Product", product.id) });
  },
  setWholesalePriceTiers: async (w) => {
    const { priceIdr } = await w.api.prisma.product.findUniqueOrThrow({ where: { id: w.ids.publishedProductId } });
    return input({
      productId: gid("Product", w.ids.publishedProductId),
      tiers: [{ minQuantity: 2, unitPriceIdr: String(priceIdr - 1n) }],
    });
  },
  adjustStock: (w) => input({ productId: gid("Product", w.ids.publishedProductId), delta: 1 }),
  addProductPhoto: async (w) =>
    input({ productId: gid("Product", w.ids.publishedProductId), photo: new File([await tinyPng()], "foto.png") }),
  reorderProductPhotos: async (w) => {
    const { imageUrls } = await w.api.prisma.product.findUniqueOrThrow({ where: { id: w.ids.publishedProductId } });
    return input({ productId: gid("Product", w.ids.publishedProductId), urls: imageUrls });
  },
  removeProductPhoto: async (w) => {
    const product = await w.once("removeProductPhoto", () => w.make.newDraftProduct());
    await w.api.prisma.product.update({
      where: { id: product.id },
      data: { imageUrls: ["/images/a.svg", "/images/b.svg"] },
    });
    return input({ productId: gid("Product", product.id), url: "/images/a.svg" });
  },
  addToCart: (w) => input({ productId: gid("Product", w.ids.publishedProductId), quantity: 1 }),
  updateCartItem: async (w, role) => input({ productId: await withCartItem(w, role), quantity: 2 }),
  removeFromCart: async (w, role) => input({ productId: await withCartItem(w, role) }),
  mergeGuestCart: (w) => input({ lines: [{ productId: gid("Product", w.ids.publishedProductId), quantity: 1 }] }),

  // ── cooperatives ──
  addMember: async (w) =>
    input({
      cooperativeId: gid("Cooperative", w.ids.cooperativeId),
      personId: gid("Person", (await w.once("addMember", () => nonMember(w, 0))).id),
    }),
  endMembership: async (w) => {
    const membership = await w.once("endMembership", async () =>
      addMember(w.api.prisma, { cooperativeId: w.ids.cooperativeId, personId: (await nonMember(w, 1)).id }),
    );
    return input({ membershipId: gid("Membership", membership.id) });
  },

  // ── funding ──
  createFundingRound: (w) =>
    input({
      businessId: gid("Business", w.ids.businessId),
      title: `Putaran uji ${unique()}`,
      purpose: "Putaran uji matriks otorisasi: modal kerja.",
      instrument: "PROFIT_SHARE",
      isPublic: false,
      targetIdr: "10000000",
      minTicketIdr: "100000",
      maxTicketIdr: "1000000",
      returnBps: 1200,
      tenorMonths: 12,
      opensAt: inDays(2),
      closesAt: inDays(40),
    }),
  updateFundingRound: async (w) =>
    input({
      roundId: gid("FundingRound", (await w.once("updateFundingRound", () => w.make.newDraftRound())).id),
      tenorMonths: 18,
    }),
  openFundingRound: async (w) =>
    input({ roundId: gid("FundingRound", (await w.once("openFundingRound", () => w.make.newDraftRound())).id) }),
  postRoundUpdate: (w) => input({ ...round(w).input, title: "Kabar uji matriks", body: "Isi kabar uji." }),
  submitFundingRound: async (w) =>
    input({ roundId: gid("FundingRound", (await w.once("submitFundingRound", () => w.make.newDraftRound())).id) }),
  reviewFundingRound: async (w) => {
    const submitted = await w.once("reviewFundingRound", async () => {
      const draft = await w.make.newDraftRound();
      return submitFundingRound(w.api.prisma, draft.id, w.ids.entrepreneurId);
    });
    return input({
      roundId: gid("FundingRound", submitted.id),
      approve: false,
      comment: "Mohon lengkapi rincian biaya (uji matriks).",
      checklist: { businessVerified: true, useOfFunds: false, repaymentPlan: true, withinLimits: true },
    });
  },

  // ── trust ──
  decideCooperativeRequest: async (w) => {
    const request = await w.api.prisma.cooperativeRequest.findFirstOrThrow({
      where: { cooperativeId: w.ids.cooperativeId, status: "PENDING" },
    });
    return input({
      requestId: gid("CooperativeRequest", request.id),
      accept: false,
      reason: "Belum memenuhi syarat keanggotaan (uji matriks).",
    });
  },
  verifyReturnee: async (w) => {
    const business = await w.api.prisma.business.findUniqueOrThrow({ where: { id: w.ids.businessId } });
    return input({
      businessId: gid("Business", business.id),
      personId: gid("Person", business.ownerPersonId!),
      note: "Dokumen kepulangan diperiksa (uji matriks).",
    });
  },
  // Another verified business of the same village: withdrawing the tried business's label would change the world.
  withdrawReturneeVerification: async (w) => {
    const business = await w.api.prisma.business.findFirstOrThrow({
      where: { villageId: w.ids.villageId, id: { not: w.ids.businessId }, returneeVerifiedAt: { not: null } },
      orderBy: { slug: "asc" },
    });
    return input({ businessId: gid("Business", business.id), reason: "Uji matriks: verifikasi ditarik." });
  },

  // ── households ──
  recordRemittance: (w) =>
    input({
      householdId: gid("Household", w.ids.householdId),
      amountMinor: "100000",
      currency: "MYR",
      rate: "3500",
      corridorCountry: "MY",
      channel: "BANK",
      receivedOn: yesterday(),
      savingsIdr: "0",
      investmentIdr: "0",
      idempotencyKey: randomUUID(),
    }),

  // ── investments ──
  pledgeToRound: async (w) => {
    const { minTicketIdr } = await w.api.prisma.fundingRound.findUniqueOrThrow({ where: { id: w.ids.openRoundId } });
    return input({
      roundId: gid("FundingRound", w.ids.openRoundId),
      householdId: gid("Household", w.ids.householdId),
      amountIdr: minTicketIdr.toString(),
      idempotencyKey: randomUUID(),
      acceptedDisclosureVersion: CURRENT_DISCLOSURE.version,
    });
  },
  closeFundingRound: round,
  disburseFundingRound: round,
  markFundingRoundDefaulted: round,
  recordRepayment: (w) =>
    input({ ...round(w).input, amountIdr: "100000", kind: "INSTALMENT", idempotencyKey: randomUUID() }),

  updateCooperativeBylaws: (w) =>
    input({ cooperativeId: gid("Cooperative", w.ids.cooperativeId), quorumPct: 50, majorityPct: 50 }),
  setCooperativeContactPhone: (w) =>
    input({ cooperativeId: gid("Cooperative", w.ids.cooperativeId), contactPhone: "0812-3456-7890" }),

  // ── delivery ──
  updateDeliverySettings: (w) =>
    input({
      businessId: gid("Business", w.ids.businessId),
      pickupEnabled: true,
      pickupPlace: "BUSINESS",
      pickupAddress: "Jl. Uji Matriks 3, Indramayu",
      pickupHours: "Senin–Sabtu 08.00–16.00",
      ownDeliveryEnabled: false,
      rates: [],
      courierEnabled: false,
      courierNames: [],
      courierRateIdr: "0",
      contactPhone: "",
    }),

  // ── meetings ──
  // membersMayCall runs first (declaration order) and officersOnly puts the default back.
  "callMeeting.membersMayCall": meetingCall("OFFICERS_AND_MEMBERS"),
  "callMeeting.officersOnly": meetingCall("OFFICERS"),
  openMeeting: async (w) =>
    input({ meetingId: gid("Meeting", (await w.once("openMeeting", () => newMeeting(w, false))).id) }),
  closeMeeting: async (w) =>
    input({ meetingId: gid("Meeting", (await w.once("closeMeeting", () => newMeeting(w, true))).id) }),
  castVote: async (w) => {
    const meeting = await w.once("castVote", async () => {
      const opened = await newMeeting(w, true);
      await allPresent(w, opened.id);
      return opened;
    });
    const motion = await w.api.prisma.motion.findFirstOrThrow({ where: { meetingId: meeting.id } });
    return input({ motionId: gid("Motion", motion.id), choice: "YES" });
  },
  recordAttendance: async (w) =>
    input({
      meetingId: gid("Meeting", (await w.once("recordAttendance", () => newMeeting(w, true))).id),
      membershipIds: [gid("Membership", w.ids.membershipId)],
    }),
  removeAttendance: async (w) => {
    const meeting = await w.once("removeAttendance", async () => {
      const opened = await newMeeting(w, true);
      await allPresent(w, opened.id);
      return opened;
    });
    return input({ meetingId: gid("Meeting", meeting.id), membershipId: gid("Membership", w.ids.membershipId) });
  },

  // ── orders ──
  placeOrder: async (w, role) => {
    await withCartItem(w, role);
    return input({
      idempotencyKey: randomUUID(),
      paymentMethod: "BANK_TRANSFER",
      recipientName: "Penerima Uji",
      phone: "+6281200000002",
      address: "Jl. Uji Matriks 2, Indramayu",
    });
  },
  placeWholesaleOrder: async (w) => {
    const p = w.api.prisma;
    // The demo business's product sold wholesale from 2 units, bought for the other village's cooperative.
    await w.once("wholesaleTiers", async () => {
      const { priceIdr } = await p.product.findUniqueOrThrow({ where: { id: w.ids.publishedProductId } });
      await p.wholesalePriceTier.deleteMany({ where: { productId: w.ids.publishedProductId } });
      return p.wholesalePriceTier.create({
        data: { productId: w.ids.publishedProductId, minQuantity: 2, unitPriceIdr: priceIdr - 1n },
      });
    });
    const buyer = await p.cooperativeOfficer.findFirstOrThrow({
      where: { userId: w.userIds.otherCooperativeOfficer! },
    });
    return input({
      cooperativeId: gid("Cooperative", buyer.cooperativeId),
      productId: gid("Product", w.ids.publishedProductId),
      quantity: 2,
      idempotencyKey: randomUUID(),
      paymentMethod: "BANK_TRANSFER",
      recipientName: "Gudang Koperasi Uji",
      phone: "+6281200000003",
      address: "Jl. Uji Matriks 3",
    });
  },
  cancelOrder: async (w) => ({ input: { ...(await order("cancelOrder")(w)).input, reason: "Salah pesan (uji)." } }),
  confirmOrder: order("confirmOrder", "PAID"),
  shipOrder: order("shipOrder", "CONFIRMED"),
  deliverOrder: order("deliverOrder", "SHIPPED"),
  confirmReceipt: order("confirmReceipt", "SHIPPED"),
  cancelIncomingOrder: async (w) => ({
    input: { ...(await order("cancelIncomingOrder")(w)).input, reason: "Stok habis (uji)." },
  }),

  // ── payments ──
  submitPaymentProof: async (w) => {
    const { paymentId } = await w.once("submitPaymentProof", () => w.make.newOrder());
    return input({
      paymentId: gid("Payment", paymentId!),
      proof: new File([await tinyPng()], "bukti.png"),
      amount: "10000",
    });
  },
  reportOrderProblem: async (w) =>
    input({
      orderId: gid("Order", (await w.once("reportOrderProblem", () => w.make.newOrder("PAID"))).id),
      kind: "NOT_ARRIVED",
      description: "Paket belum sampai sejak minggu lalu.",
    }),
  answerOrderProblem: async (w) =>
    input({
      problemId: gid("OrderProblem", (await w.once("answerOrderProblem", () => newProblem(w))).id),
      note: "Paket sudah dikirim ulang hari ini.",
    }),
  refundOrderProblem: async (w) =>
    input({
      problemId: gid("OrderProblem", (await w.once("refundOrderProblem", () => newProblem(w))).id),
      amount: "1000",
      note: "Ongkos kirim dikembalikan karena terlambat.",
      idempotencyKey: `matrix-refund-${unique()}`,
    }),
  closeOrderProblem: async (w) =>
    input({
      problemId: gid("OrderProblem", (await w.once("closeOrderProblem", () => newProblem(w))).id),
      reason: "Paket sudah diterima pembeli menurut kurir.",
      idempotencyKey: `matrix-close-${unique()}`,
    }),
  confirmPayment: async (w) =>
    input({ paymentId: gid("Payment", (await w.once("confirmPayment", () => w.make.newOrder())).paymentId!) }),
  rejectPayment: async (w) => {
    const order = await w.once("rejectPayment", async () => {
      const made = await w.make.newOrder();
      await w.api.prisma.payment.update({
        where: { id: made.paymentId! },
        data: { status: "PROOF_SUBMITTED", provenAmountIdr: 1_000n, proofSubmittedAt: new Date() },
      });
      return made;
    });
    return input({ paymentId: gid("Payment", order.paymentId!), reason: "Dana belum masuk ke rekening (uji)." });
  },
  setCooperativeQris: (w) =>
    input({
      cooperativeId: gid("Cooperative", w.ids.cooperativeId),
      payload: buildStaticQris({ name: "KOPERASI UJI", city: "INDRAMAYU", merchantId: "ID1025000009999" }),
    }),
  addCooperativeBankAccount: (w) =>
    input({
      cooperativeId: gid("Cooperative", w.ids.cooperativeId),
      bankName: "Bank Uji",
      accountNumber: `9${Date.now()}${Math.floor(Math.random() * 1000)}`,
      holderName: "Koperasi Uji",
    }),
  // Each call removes its own account: a success must not leave the next caller nothing to remove.
  removeCooperativeBankAccount: async (w) => {
    const account = await w.api.prisma.cooperativeBankAccount.create({
      data: {
        cooperativeId: w.ids.cooperativeId,
        bankName: "Bank Uji",
        accountNumber: randomUUID().replace(/\D/g, "").slice(0, 12),
        holderName: "Koperasi Uji",
      },
    });
    return input({ accountId: gid("CooperativeBankAccount", account.id) });
  },

  // ── partners ──
  createApiKey: (w) =>
    input({ organizationId: gid("Organization", w.ids.organizationId), name: "Kunci uji", scopes: ["CATALOG_READ"] }),
  // Each call names its own key: a success must not revoke the keys the matrix calls with.
  revokeApiKey: async (w) => {
    const { apiKey } = await createApiKey(w.api.prisma, {
      organizationId: w.ids.organizationId,
      name: "Kunci uji dicabut",
      scopes: ["catalog:read"],
      actorUserId: w.ids.adminId,
    });
    return input({ apiKeyId: gid("ApiKey", apiKey.id) });
  },
  createProgram: (w) =>
    input({
      organizationId: gid("Organization", w.ids.organizationId),
      title: "Program uji matriks",
      kind: "TRAINING",
      startsOn: inDays(30),
    }),
  updateProgram: async (w) => {
    const program = await w.api.prisma.program.findFirstOrThrow({ where: { organizationId: w.ids.organizationId } });
    return input({
      programId: gid("Program", program.id),
      title: program.title,
      kind: program.kind,
      startsOn: program.startsOn.toISOString(),
    });
  },
  applyToProgram: async (w) => {
    const program = await newProgram(w);
    return input({
      programId: gid("Program", program.id),
      personId: gid("Person", w.ids.familyPersonId),
      consent: true,
      consentVersion: PROGRAM_CONSENT.version,
    });
  },
  decideApplication: async (w) =>
    input({ enrolmentId: gid("Enrolment", (await newApplication(w, "APPLIED")).id), accept: true }),
  recordProgramAttendance: async (w) =>
    input({ enrolmentId: gid("Enrolment", (await newApplication(w, "ENROLLED")).id), day: yesterday(), present: true }),
  completeEnrolment: async (w) => input({ enrolmentId: gid("Enrolment", (await newApplication(w, "ENROLLED")).id) }),
  enrolParticipant: async (w) => {
    const program = await w.api.prisma.program.findFirstOrThrow({ where: { organizationId: w.ids.organizationId } });
    return input({
      programId: gid("Program", program.id),
      personId: gid("Person", w.ids.otherHouseholdPersonId),
      consentGivenAt: yesterday(),
    });
  },

  // ── protection ──
  openProtectionCase: (w) =>
    input({
      personId: gid("Person", w.ids.otherHouseholdPersonId),
      type: "FRAUD",
      summary: "Diminta biaya penempatan oleh calo (uji matriks).",
    }),
  updateProtectionCase: async (w) =>
    input({
      caseId: gid("ProtectionCase", (await w.once("updateProtectionCase", () => newCase(w))).id),
      status: "IN_PROGRESS",
      note: "Ditangani (uji matriks).",
    }),
  referProtectionCase: async (w) =>
    input({
      caseId: gid("ProtectionCase", (await w.once("referProtectionCase", () => newCase(w))).id),
      agency: "BP3MI Jawa Barat",
      note: "Dirujuk (uji matriks).",
    }),
  // Each call its own case: a success hands the case over, after which its old handler may no longer act.
  assignProtectionCase: async (w) =>
    input({
      caseId: gid("ProtectionCase", (await newCase(w)).id),
      handlerUserId: gid("User", w.ids.fellowVillageOfficerId),
    }),

  // ── registry ──
  registerPerson: (w) =>
    input({ villageId: gid("Village", w.ids.villageId), fullName: `Warga Uji ${unique()}`, consentGiven: true }),
  recordMigrationEpisode: (w) =>
    input({
      personId: gid("Person", w.ids.otherHouseholdPersonId),
      status: "PROSPECTIVE",
      destinationCountry: "TW",
      procedural: true,
      consentGivenAt: yesterday(),
    }),
  updateMigrationEpisodeStatus: async (w) => {
    const episode = await w.once("updateMigrationEpisodeStatus", async () => {
      const person = await nonMember(w, 2);
      return recordMigrationEpisode(
        w.api.prisma,
        {
          personId: person.id,
          status: "PROSPECTIVE",
          destinationCountry: "HK",
          procedural: true,
          consentGivenAt: new Date(Date.now() - DAY),
        },
        w.ids.villageOfficerId,
      );
    });
    return input({ episodeId: gid("MigrationEpisode", episode.id), status: "ABROAD", date: yesterday() });
  },

  // ── migration desk ──
  setPreDepartureStep: async (w) =>
    input({
      episodeId: gid("MigrationEpisode", (await w.once("deskEpisode", () => newProspective(w))).id),
      step: "MEDICAL_CHECK",
      state: "SEDANG",
    }),
  updatePreDepartureDetails: async (w) =>
    input({
      episodeId: gid("MigrationEpisode", (await w.once("deskEpisode", () => newProspective(w))).id),
      placementAgencyName: "PT Uji Matriks",
    }),
  importPlacementAgencies: () =>
    input({
      csv: `nomor_izin;nama;kota;berlaku_mulai;berlaku_sampai\nMATRIKS-${unique()};PT Uji Matriks;Jakarta;2024-01-01;2030-01-01`,
    }),

  // ── savings ──
  "depositSavings.cash": savings("CASH", "10000"),
  "depositSavings.wallet": savings("HOUSEHOLD_WALLET", "10000"),
  "withdrawSavings.cash": savings("CASH", "1000"),
  "withdrawSavings.wallet": savings("HOUSEHOLD_WALLET", "1000"),

  // ── shu ──
  runShu: async (w) => {
    await w.once("runShu", () =>
      adoptAnnualReport(w.api.prisma, { cooperativeId: w.ids.cooperativeId, fiscalYear: 2022, surplusIdr: 1_000_000n }),
    );
    return input({ cooperativeId: gid("Cooperative", w.ids.cooperativeId), fiscalYear: 2022, surplusIdr: "1000000" });
  },
  reverseShu: async (w) => {
    const run = await w.once("reverseShu", async () => {
      await adoptAnnualReport(w.api.prisma, {
        cooperativeId: w.ids.cooperativeId,
        fiscalYear: 2023,
        surplusIdr: 500_000n,
      });
      return runShu(
        w.api.prisma,
        { cooperativeId: w.ids.cooperativeId, fiscalYear: 2023, surplusIdr: 500_000n },
        w.ids.adminId,
      );
    });
    return input({ shuRunId: gid("ShuRun", run.id) });
  },

  // ── stories ──
  createStory: (w) =>
    input({
      villageId: gid("Village", w.ids.villageId),
      kind: "PRACTICE",
      title: `Praktik uji ${unique()}`,
      body: "Isi uji.",
    }),
  updateStory: async (w) =>
    input({
      storyId: gid("Story", (await w.once("updateStory", () => w.make.newDraftStory())).id),
      body: "Isi diubah.",
    }),
  publishStory: async (w) =>
    input({ storyId: gid("Story", (await w.once("publishStory", () => w.make.newDraftStory())).id) }),
  unpublishStory: async (w) => {
    const story = await w.once("unpublishStory", async () =>
      publishStory(w.api.prisma, (await w.make.newDraftStory()).id),
    );
    return input({ storyId: gid("Story", story.id) });
  },
  requestVillageLink: async (w) => {
    const linked = await w.api.prisma.villageLink.findMany({
      where: { OR: [{ fromVillageId: w.ids.villageId }, { toVillageId: w.ids.villageId }] },
    });
    const taken = new Set(linked.flatMap((l) => [l.fromVillageId, l.toVillageId]));
    const to = await w.once("requestVillageLink", () =>
      w.api.prisma.village.findFirstOrThrow({ where: { id: { notIn: [...taken, w.ids.villageId] } } }),
    );
    return input({
      fromVillageId: gid("Village", w.ids.villageId),
      toVillageId: gid("Village", to.id),
      kind: "PEER",
      note: "Saling belajar (uji).",
    });
  },
  decideVillageLink: async (w) => {
    // A request to this village from one it has no link with, made once for the test.
    const link = await w.once("decideVillageLink", async () => {
      const linked = await w.api.prisma.villageLink.findMany({
        where: { OR: [{ fromVillageId: w.ids.villageId }, { toVillageId: w.ids.villageId }] },
      });
      const taken = new Set(linked.flatMap((l) => [l.fromVillageId, l.toVillageId]));
      const from = await w.api.prisma.village.findFirstOrThrow({
        where: { id: { notIn: [...taken, w.ids.villageId] } },
        orderBy: { name: "desc" },
      });
      return w.api.prisma.villageLink.create({
        data: { fromVillageId: from.id, toVillageId: w.ids.villageId, kind: "PEER", note: "Permintaan uji." },
      });
    });
    return input({ linkId: gid("VillageLink", link.id), accept: true });
  },
  setVillageKnownFor: (w) =>
    input({ villageId: gid("Village", w.ids.villageId), knownFor: "Pos layanan migrasi (uji)." }),
  adoptPractice: async (w) => {
    const practice = await w.once("adoptPractice", async () => {
      const adopted = await w.api.prisma.practiceAdoption.findMany({ where: { villageId: w.ids.villageId } });
      return w.api.prisma.story.findFirstOrThrow({
        where: {
          kind: "PRACTICE",
          status: "PUBLISHED",
          villageId: { not: w.ids.villageId },
          id: { notIn: adopted.map((a) => a.storyId) },
        },
      });
    });
    return input({ storyId: gid("Story", practice.id), villageId: gid("Village", w.ids.villageId) });
  },
  reportPracticeAdoption: async (w) => {
    const adoption = await w.api.prisma.practiceAdoption.findFirstOrThrow({ where: { villageId: w.ids.villageId } });
    return input({
      adoptionId: gid("PracticeAdoption", adoption.id),
      status: "SUCCEEDED",
      outcome: "Berjalan baik (uji).",
    });
  },
};
