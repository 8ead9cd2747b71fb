// Funding rounds of returnee businesses, administered by the village cooperative.
// Pledges are listed explicitly so the amounts are easy to audit: no round exceeds its target, tickets respect
// min/max, FUNDED/REPAYING rounds are exactly at target, public rounds respect the OJK 5%-of-income yearly cap.
// The seed replays them through pledge() on their dates: the round must be open then, and the household's wallet
// must already hold the amount from the remittances received before (the seed stops with the balance if not).

export interface RoundSeed {
  slug: string;
  business: string;
  title: string;
  purpose: string;
  instrument: "COOPERATIVE_CAPITAL" | "PROFIT_SHARE" | "LOAN";
  isPublic: boolean;
  targetIdr: number;
  minTicketIdr: number;
  maxTicketIdr: number;
  returnBps: number;
  tenorMonths: number;
  status: "OPEN" | "FUNDED" | "REPAYING";
  opensAt: string;
  closesAt: string;
  pledges: [household: string, amountIdr: number, on: string][];
  /** For disbursed rounds: when the escrow went to the business, first due date, and the instalments paid. */
  repayment?: { disbursedOn: string; firstDueOn: string; paidOn: string[] };
  updates?: { on: string; title: string; body: string }[];
}

type RoundRow = [
  slug: string,
  business: string,
  title: string,
  instrument: RoundSeed["instrument"],
  isPublic: boolean,
  targetIdr: number,
  minTicketIdr: number,
  maxTicketIdr: number,
  returnBps: number,
  tenorMonths: number,
  status: RoundSeed["status"],
  opensAt: string,
  closesAt: string,
  purpose: string,
];

/** Every pledge, in the order the seed replays them per round. */
const pledgeRows: [round: string, ...RoundSeed["pledges"][number]][] = [
  ["mesin-spinner-keripik-mbak-siti", "h01", 2_000_000, "2026-11-03"],
  ["mesin-spinner-keripik-mbak-siti", "h04", 1_500_000, "2026-11-05"],
  ["mesin-spinner-keripik-mbak-siti", "h06", 2_500_000, "2026-11-08"],
  ["mesin-spinner-keripik-mbak-siti", "h09", 1_000_000, "2026-11-12"],
  ["mesin-spinner-keripik-mbak-siti", "h14", 2_000_000, "2026-11-15"],
  ["mesin-spinner-keripik-mbak-siti", "h20", 3_000_000, "2026-11-19"],
  ["mesin-spinner-keripik-mbak-siti", "h11", 2_500_000, "2026-11-23"],
  ["mesin-spinner-keripik-mbak-siti", "h16", 500_000, "2026-11-26"],
  ["rumah-sangrai-kopi-sindoro", "h08", 5_000_000, "2026-10-20"],
  ["rumah-sangrai-kopi-sindoro", "h09", 4_000_000, "2026-11-02"],
  ["rumah-sangrai-kopi-sindoro", "h10", 3_500_000, "2026-11-14"],
  ["benang-tenun-sasak-wanasaba", "h18", 2_500_000, "2026-11-11"],
  ["benang-tenun-sasak-wanasaba", "h19", 1_000_000, "2026-11-12"],
  ["benang-tenun-sasak-wanasaba", "h17", 500_000, "2026-11-14"],
  ["benang-tenun-sasak-wanasaba", "h08", 2_500_000, "2026-11-18"],
  ["benang-tenun-sasak-wanasaba", "h12", 1_200_000, "2026-11-22"],
  ["benang-tenun-sasak-wanasaba", "h15", 1_000_000, "2026-11-25"],
  ["oven-gula-semut-kalisabuk", "h11", 6_000_000, "2026-09-20"],
  ["oven-gula-semut-kalisabuk", "h13", 5_000_000, "2026-10-06"],
  ["oven-gula-semut-kalisabuk", "h12", 4_000_000, "2026-11-02"],
  ["rumah-jemur-ikan-bu-casmini", "h03", 5_000_000, "2026-04-07"],
  ["rumah-jemur-ikan-bu-casmini", "h02", 4_000_000, "2026-04-16"],
  ["rumah-jemur-ikan-bu-casmini", "h04", 5_000_000, "2026-04-21"],
  ["rumah-jemur-ikan-bu-casmini", "h01", 6_000_000, "2026-04-24"],
  ["penggoreng-vakum-keripik-tempe", "h22", 3_000_000, "2026-06-03"],
  ["penggoreng-vakum-keripik-tempe", "h21", 3_000_000, "2026-06-10"],
  ["penggoreng-vakum-keripik-tempe", "h13", 3_000_000, "2026-06-22"],
  ["penggoreng-vakum-keripik-tempe", "h09", 2_000_000, "2026-07-01"],
  ["penggoreng-vakum-keripik-tempe", "h20", 1_000_000, "2026-07-08"],
];

/** Disbursed rounds' repayment, by round slug. */
const repayments: Readonly<Record<string, NonNullable<RoundSeed["repayment"]>>> = {
  "rumah-jemur-ikan-bu-casmini": {
    disbursedOn: "2026-05-05",
    firstDueOn: "2026-06-25",
    paidOn: ["2026-06-24", "2026-07-25", "2026-08-23", "2026-09-25", "2026-10-24", "2026-11-25"],
  },
  "penggoreng-vakum-keripik-tempe": {
    disbursedOn: "2026-07-20",
    firstDueOn: "2026-08-05",
    paidOn: ["2026-08-04", "2026-09-05", "2026-10-09"],
  },
};

/** Investor updates: [round, on, title, body]. */
const updateRows: [round: string, on: string, title: string, body: string][] = [
  [
    "mesin-spinner-keripik-mbak-siti",
    "2026-11-20",
    "Terima kasih, 30% dana sudah terkumpul",
    "Terima kasih kepada keluarga-keluarga pekerja migran yang sudah ikut. Kami sudah meminta penawaran dari dua pemasok mesin di Cirebon; rinciannya akan kami unggah minggu depan.",
  ],
  [
    "rumah-jemur-ikan-bu-casmini",
    "2026-05-28",
    "Rumah jemur sudah berdiri",
    "Rumah jemur selesai dibangun dan dipakai sejak minggu lalu. Kapasitas jemur naik dari 50 kg menjadi 150 kg ikan per hari. Cicilan pertama jatuh tempo 25 Juni.",
  ],
  [
    "penggoreng-vakum-keripik-tempe",
    "2026-11-12",
    "Cicilan November terlambat",
    "Mohon maaf, cicilan ke-4 (jatuh tempo 5 November) belum bisa kami bayar. Harga kedelai naik dan satu pesanan besar dibatalkan. Kami sudah berbicara dengan pengurus koperasi dan berencana membayar paling lambat 10 Desember bersama denda keterlambatan.",
  ],
];

function round(row: RoundRow): RoundSeed {
  const [slug, business, title, instrument, isPublic, targetIdr, minTicketIdr, maxTicketIdr, ...rest] = row;
  const [returnBps, tenorMonths, status, opensAt, closesAt, purpose] = rest;
  const repayment = repayments[slug];
  const updates = updateRows.filter(([r]) => r === slug).map(([, on, title, body]) => ({ on, title, body }));
  return {
    slug,
    business,
    title,
    purpose,
    instrument,
    isPublic,
    targetIdr,
    minTicketIdr,
    maxTicketIdr,
    returnBps,
    tenorMonths,
    status,
    opensAt,
    closesAt,
    pledges: pledgeRows.filter(([r]) => r === slug).map(([, ...pledge]) => pledge),
    ...(repayment ? { repayment } : {}),
    ...(updates.length > 0 ? { updates } : {}),
  };
}

const roundRows: RoundRow[] = [
  [
    "mesin-spinner-keripik-mbak-siti",
    "keripik-singkong-mbak-siti",
    "Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti",
    "PROFIT_SHARE",
    true,
    40_000_000,
    250_000,
    4_000_000,
    3000,
    18,
    "OPEN",
    "2026-11-02",
    "2026-12-31",
    "Permintaan keripik naik dua kali lipat sejak dijual lewat koperasi, tetapi keripik masih ditiriskan manual sehingga cepat tengik. Dana dipakai untuk mesin spinner, continuous sealer dan sertifikasi halal. Investor menerima bagi hasil 30% dari laba bersih selama 18 bulan, dibayar tiap bulan lewat koperasi.",
  ],
  [
    "rumah-sangrai-kopi-sindoro",
    "kopi-sindoro-lipursari",
    "Mesin sangrai 5 kg untuk rumah sangrai koperasi Lipursari",
    "COOPERATIVE_CAPITAL",
    false,
    30_000_000,
    500_000,
    10_000_000,
    0,
    24,
    "OPEN",
    "2026-10-15",
    "2027-01-31",
    "Modal anggota koperasi untuk membeli mesin sangrai kapasitas 5 kg sehingga kopi petani Lipursari tidak lagi disangrai di luar desa. Hanya untuk anggota koperasi; imbal hasil mengikuti SHU tahunan.",
  ],
  [
    "benang-tenun-sasak-wanasaba",
    "tenun-ikat-sasak-baiq",
    "Modal benang dan alat tenun gedogan untuk 10 penenun Wanasaba",
    "LOAN",
    true,
    25_000_000,
    100_000,
    2_500_000,
    1000,
    12,
    "OPEN",
    "2026-11-10",
    "2027-01-15",
    "Pinjaman modal kerja untuk membeli benang katun, pewarna alam dan memperbaiki sepuluh alat tenun. Setiap penenun adalah istri atau ibu pekerja migran. Bunga 10% per tahun, cicilan bulanan selama 12 bulan.",
  ],
  [
    "oven-gula-semut-kalisabuk",
    "gula-kelapa-kalisabuk",
    "Oven pengering dan pengayak gula semut Kalisabuk",
    "LOAN",
    false,
    15_000_000,
    500_000,
    6_000_000,
    1100,
    12,
    "FUNDED",
    "2026-09-15",
    "2026-11-15",
    "Pinjaman anggota koperasi untuk oven pengering berbahan bakar sekam dan mesin pengayak, agar gula kelapa kristal memenuhi kadar air ekspor. Bunga 11% per tahun, 12 kali cicilan.",
  ],
  [
    "rumah-jemur-ikan-bu-casmini",
    "terasi-ikan-asin-bu-casmini",
    "Rumah jemur ikan higienis Bu Casmini",
    "LOAN",
    false,
    20_000_000,
    1_000_000,
    6_000_000,
    1200,
    12,
    "REPAYING",
    "2026-03-02",
    "2026-04-30",
    "Pinjaman anggota untuk membangun rumah jemur beratap UV dan rak stainless agar ikan asin bebas lalat dan tidak perlu formalin. Bunga 12% per tahun, 12 kali cicilan mulai Juni 2026.",
  ],
  [
    "penggoreng-vakum-keripik-tempe",
    "keripik-tempe-tukiyem",
    "Mesin penggoreng vakum untuk Keripik Tempe Tukiyem",
    "LOAN",
    true,
    12_000_000,
    250_000,
    3_000_000,
    1500,
    10,
    "REPAYING",
    "2026-06-01",
    "2026-07-15",
    "Pinjaman untuk mesin penggoreng vakum kapasitas 3 kg agar keripik tempe lebih awet dan produksi tidak kewalahan saat musim oleh-oleh. Bunga 15% per tahun, 10 kali cicilan.",
  ],
];

export const rounds: RoundSeed[] = roundRows.map(round);
