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

export const rounds: RoundSeed[] = [
  {
    slug: "mesin-spinner-keripik-mbak-siti",
    business: "keripik-singkong-mbak-siti",
    title: "Mesin spinner peniris minyak dan sealer kemasan untuk Keripik Singkong Mbak Siti",
    purpose:
      "Permintaan keripik naik dua kali lipat sejak dijual lewat koperasi, tetapi keripik masih ditiriskan manual " +
      "sehingga cepat tengik. Dana dipakai untuk mesin spinner, continuous sealer dan sertifikasi halal. " +
      "Investor menerima bagi hasil 30% dari laba bersih selama 18 bulan, dibayar tiap bulan lewat koperasi.",
    instrument: "PROFIT_SHARE",
    isPublic: true,
    targetIdr: 40_000_000,
    minTicketIdr: 250_000,
    maxTicketIdr: 4_000_000,
    returnBps: 3000,
    tenorMonths: 18,
    status: "OPEN",
    opensAt: "2026-11-02",
    closesAt: "2026-12-31",
    pledges: [
      ["h01", 2_000_000, "2026-11-03"],
      ["h04", 1_500_000, "2026-11-05"],
      ["h06", 2_500_000, "2026-11-08"],
      ["h09", 1_000_000, "2026-11-12"],
      ["h14", 2_000_000, "2026-11-15"],
      ["h20", 3_000_000, "2026-11-19"],
      ["h11", 2_500_000, "2026-11-23"],
      ["h16", 500_000, "2026-11-26"],
    ],
    updates: [
      {
        on: "2026-11-20",
        title: "Terima kasih, 30% dana sudah terkumpul",
        body: "Terima kasih kepada keluarga-keluarga pekerja migran yang sudah ikut. Kami sudah meminta penawaran dari dua pemasok mesin di Cirebon; rinciannya akan kami unggah minggu depan.",
      },
    ],
  },
  {
    slug: "rumah-sangrai-kopi-sindoro",
    business: "kopi-sindoro-lipursari",
    title: "Mesin sangrai 5 kg untuk rumah sangrai koperasi Lipursari",
    purpose:
      "Modal anggota koperasi untuk membeli mesin sangrai kapasitas 5 kg sehingga kopi petani Lipursari tidak lagi " +
      "disangrai di luar desa. Hanya untuk anggota koperasi; imbal hasil mengikuti SHU tahunan.",
    instrument: "COOPERATIVE_CAPITAL",
    isPublic: false,
    targetIdr: 30_000_000,
    minTicketIdr: 500_000,
    maxTicketIdr: 10_000_000,
    returnBps: 0,
    tenorMonths: 24,
    status: "OPEN",
    opensAt: "2026-10-15",
    closesAt: "2027-01-31",
    pledges: [
      ["h08", 5_000_000, "2026-10-20"],
      ["h09", 4_000_000, "2026-11-02"],
      ["h10", 3_500_000, "2026-11-14"],
    ],
  },
  {
    slug: "benang-tenun-sasak-wanasaba",
    business: "tenun-ikat-sasak-baiq",
    title: "Modal benang dan alat tenun gedogan untuk 10 penenun Wanasaba",
    purpose:
      "Pinjaman modal kerja untuk membeli benang katun, pewarna alam dan memperbaiki sepuluh alat tenun. Setiap " +
      "penenun adalah istri atau ibu pekerja migran. Bunga 10% per tahun, cicilan bulanan selama 12 bulan.",
    instrument: "LOAN",
    isPublic: true,
    targetIdr: 25_000_000,
    minTicketIdr: 100_000,
    maxTicketIdr: 2_500_000,
    returnBps: 1000,
    tenorMonths: 12,
    status: "OPEN",
    opensAt: "2026-11-10",
    closesAt: "2027-01-15",
    pledges: [
      ["h18", 2_500_000, "2026-11-11"],
      ["h19", 1_000_000, "2026-11-12"],
      ["h17", 500_000, "2026-11-14"],
      ["h08", 2_500_000, "2026-11-18"],
      ["h12", 1_200_000, "2026-11-22"],
      ["h15", 1_000_000, "2026-11-25"],
    ],
  },
  {
    slug: "oven-gula-semut-kalisabuk",
    business: "gula-kelapa-kalisabuk",
    title: "Oven pengering dan pengayak gula semut Kalisabuk",
    purpose:
      "Pinjaman anggota koperasi untuk oven pengering berbahan bakar sekam dan mesin pengayak, agar gula kelapa " +
      "kristal memenuhi kadar air ekspor. Bunga 11% per tahun, 12 kali cicilan.",
    instrument: "LOAN",
    isPublic: false,
    targetIdr: 15_000_000,
    minTicketIdr: 500_000,
    maxTicketIdr: 6_000_000,
    returnBps: 1100,
    tenorMonths: 12,
    status: "FUNDED",
    opensAt: "2026-09-15",
    closesAt: "2026-11-15",
    pledges: [
      ["h11", 6_000_000, "2026-09-20"],
      ["h13", 5_000_000, "2026-10-06"],
      ["h12", 4_000_000, "2026-11-02"],
    ],
  },
  {
    slug: "rumah-jemur-ikan-bu-casmini",
    business: "terasi-ikan-asin-bu-casmini",
    title: "Rumah jemur ikan higienis Bu Casmini",
    purpose:
      "Pinjaman anggota untuk membangun rumah jemur beratap UV dan rak stainless agar ikan asin bebas lalat dan " +
      "tidak perlu formalin. Bunga 12% per tahun, 12 kali cicilan mulai Juni 2026.",
    instrument: "LOAN",
    isPublic: false,
    targetIdr: 20_000_000,
    minTicketIdr: 1_000_000,
    maxTicketIdr: 6_000_000,
    returnBps: 1200,
    tenorMonths: 12,
    status: "REPAYING",
    opensAt: "2026-03-02",
    closesAt: "2026-04-30",
    pledges: [
      ["h03", 5_000_000, "2026-04-07"],
      ["h02", 4_000_000, "2026-04-16"],
      ["h04", 5_000_000, "2026-04-21"],
      ["h01", 6_000_000, "2026-04-24"],
    ],
    repayment: {
      disbursedOn: "2026-05-05",
      firstDueOn: "2026-06-25",
      paidOn: ["2026-06-24", "2026-07-25", "2026-08-23", "2026-09-25", "2026-10-24", "2026-11-25"],
    },
    updates: [
      {
        on: "2026-05-28",
        title: "Rumah jemur sudah berdiri",
        body: "Rumah jemur selesai dibangun dan dipakai sejak minggu lalu. Kapasitas jemur naik dari 50 kg menjadi 150 kg ikan per hari. Cicilan pertama jatuh tempo 25 Juni.",
      },
    ],
  },
  {
    slug: "penggoreng-vakum-keripik-tempe",
    business: "keripik-tempe-tukiyem",
    title: "Mesin penggoreng vakum untuk Keripik Tempe Tukiyem",
    purpose:
      "Pinjaman untuk mesin penggoreng vakum kapasitas 3 kg agar keripik tempe lebih awet dan produksi tidak " +
      "kewalahan saat musim oleh-oleh. Bunga 15% per tahun, 10 kali cicilan.",
    instrument: "LOAN",
    isPublic: true,
    targetIdr: 12_000_000,
    minTicketIdr: 250_000,
    maxTicketIdr: 3_000_000,
    returnBps: 1500,
    tenorMonths: 10,
    status: "REPAYING",
    opensAt: "2026-06-01",
    closesAt: "2026-07-15",
    pledges: [
      ["h22", 3_000_000, "2026-06-03"],
      ["h21", 3_000_000, "2026-06-10"],
      ["h13", 3_000_000, "2026-06-22"],
      ["h09", 2_000_000, "2026-07-01"],
      ["h20", 1_000_000, "2026-07-08"],
    ],
    repayment: {
      disbursedOn: "2026-07-20",
      firstDueOn: "2026-08-05",
      paidOn: ["2026-08-04", "2026-09-05", "2026-10-09"],
    },
    updates: [
      {
        on: "2026-11-12",
        title: "Cicilan November terlambat",
        body: "Mohon maaf, cicilan ke-4 (jatuh tempo 5 November) belum bisa kami bayar. Harga kedelai naik dan satu pesanan besar dibatalkan. Kami sudah berbicara dengan pengurus koperasi dan berencana membayar paling lambat 10 Desember bersama denda keterlambatan.",
      },
    ],
  },
];
