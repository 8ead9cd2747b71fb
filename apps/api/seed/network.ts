// The network of villages in the demo: what each village is known for, link requests (accepted, one still waiting
// for the demo village's office), the practices' structured fields, and adoptions with their outcome reports.
import type { Prisma } from "@desa-migran/db";

import { at } from "./random.ts";

type Tx = Prisma.TransactionClient;

interface NetworkSeedContext {
  /** Village id by seed key. */
  vid: (key: string) => string;
  /** The first officer of a village, by seed key. */
  villageOfficerId: (key: string) => string;
  /** A deterministic id. */
  id: () => string;
}

const knownFor: Record<string, string> = {
  juntinyuat: "Pos layanan migrasi di balai desa dan keripik olahan purna PMI.",
  lipursari: "Pengasuhan anak bersama (community parenting) dan kopi Wonosobo.",
  wanasaba: "Satgas PMI desa dan Perdes perlindungan pekerja migran.",
  bringinan: "Menabung remitansi lewat koperasi desa.",
  sidoharjo: "Pendataan CPMI yang dicocokkan dengan data keberangkatan.",
};

const practices: Record<
  string,
  { whatWasDone: string; costIdr: bigint | null; whatChanged: string; contactRole: string }
> = {
  "pos-layanan-migrasi-balai-desa-juntinyuat": {
    whatWasDone:
      "Membuka pos layanan migrasi di balai desa dua hari seminggu, dengan petugas terlatih dan daftar periksa dokumen.",
    costIdr: 12_500_000n,
    whatChanged:
      "Calon PMI berangkat lewat jalur resmi; keberangkatan tanpa prosedur turun dan keluarga tahu ke mana mengadu.",
    contactRole: "Kasi Kesejahteraan (petugas layanan migrasi)",
  },
  "community-parenting-lipursari": {
    whatWasDone:
      "Kelompok pengasuhan anak bersama untuk anak yang orang tuanya bekerja di luar negeri, dipandu kader PKK.",
    costIdr: 6_000_000n,
    whatChanged: "Anak-anak punya tempat belajar sore; kakek-nenek pengasuh mendapat dukungan dan pelatihan.",
    contactRole: "Kepala Desa",
  },
  "satgas-pmi-dan-perdes-wanasaba": {
    whatWasDone: "Membentuk Satgas PMI desa dan menetapkan Perdes perlindungan dengan anggaran APBDes.",
    costIdr: 0n,
    whatChanged: "Setiap kasus PMI tercatat dan dirujuk; perekrut tanpa izin tidak lagi bebas masuk desa.",
    contactRole: "Ketua Satgas PMI Desa",
  },
};

/** Adoptions: [practice slug, adopting village, status, outcome or "" while not yet reported]. */
const adoptions: [string, string, "IN_PROGRESS" | "SUCCEEDED" | "ABANDONED", string][] = [
  [
    "pos-layanan-migrasi-balai-desa-juntinyuat",
    "sidoharjo",
    "SUCCEEDED",
    "Pos buka setiap Selasa dan Kamis; 14 calon PMI dibantu mengurus dokumen dalam tiga bulan pertama.",
  ],
  ["pos-layanan-migrasi-balai-desa-juntinyuat", "krasak", "IN_PROGRESS", ""],
  [
    "community-parenting-lipursari",
    "bringinan",
    "IN_PROGRESS",
    "Dua kelompok sudah berjalan; mencari kader tambahan untuk dusun yang jauh.",
  ],
  [
    "satgas-pmi-dan-perdes-wanasaba",
    "juntinyuat",
    "ABANDONED",
    "Satgas dilebur ke pos layanan migrasi yang sudah ada; Perdes tetap disusun.",
  ],
];

export async function seedNetwork(tx: Tx, { vid, villageOfficerId, id }: NetworkSeedContext) {
  for (const [key, text] of Object.entries(knownFor)) {
    await tx.village.update({ where: { id: vid(key) }, data: { knownFor: text } });
  }
  // The links of the base seed were agreed by both offices.
  await tx.villageLink.updateMany({ data: { status: "ACCEPTED", decidedAt: at("2026-02-03") } });
  // One request still waits for the demo village office (Juntinyuat) to answer.
  await tx.villageLink.create({
    data: {
      id: id(),
      fromVillageId: vid("kalisabuk"),
      toVillageId: vid("juntinyuat"),
      kind: "PEER",
      note: "Ingin belajar membuka pos layanan migrasi di balai desa.",
      status: "PENDING",
      requestedById: villageOfficerId("kalisabuk"),
      createdAt: at("2026-11-28"),
    },
  });
  const storyIds = new Map<string, string>();
  for (const [slug, p] of Object.entries(practices)) {
    const story = await tx.story.update({
      where: { slug },
      data: {
        practiceWhatWasDone: p.whatWasDone,
        practiceCostIdr: p.costIdr,
        practiceWhatChanged: p.whatChanged,
        practiceContactRole: p.contactRole,
      },
      select: { id: true },
    });
    storyIds.set(slug, story.id);
  }
  await tx.practiceAdoption.createMany({
    data: adoptions.map(([slug, villageKey, status, outcome], i) => ({
      id: id(),
      storyId: storyIds.get(slug)!,
      villageId: vid(villageKey),
      status,
      outcome,
      createdById: villageOfficerId(villageKey),
      createdAt: at(`2026-10-0${i + 1}`),
      reportedAt: outcome ? at("2026-11-20") : null,
    })),
  });
}
