// One cooperative per village: Koperasi Desa Merah Putih (2025) or an older KSP of purna PMI.
// SHU percentages follow each cooperative's by-laws and sum to 100.

export interface CooperativeSeed {
  villageKey: string;
  /** Prefix of member numbers. */
  code: string;
  name: string;
  slug: string;
  legalNumber: string;
  foundedAt: string;
  description: string;
  simpananPokokIdr: bigint;
  simpananWajibIdr: bigint;
  marketplaceFeeBps: number;
  shu: { reserve: number; members: number; board: number; staff: number; education: number; social: number };
  shuJuaPctOfMembers: number;
  officers: { name: string; gender: "FEMALE" | "MALE"; birthYear: number; title: string; email?: string }[];
}

export const cooperatives: CooperativeSeed[] = [
  {
    villageKey: "juntinyuat",
    code: "KDMP-JTY",
    name: "Koperasi Desa Merah Putih Juntinyuat",
    slug: "kdmp-juntinyuat",
    legalNumber: "AHU-0041287.AH.01.29.TAHUN 2025",
    foundedAt: "2025-07-21",
    description:
      "Koperasi desa dengan unit sembako, simpan pinjam dan pemasaran produk purna PMI. Menampung olahan ikan, " +
      "keripik dan batik Dermayon, lalu menjualnya lewat pasar daring koperasi.",
    simpananPokokIdr: 100_000n,
    simpananWajibIdr: 25_000n,
    marketplaceFeeBps: 300,
    shu: { reserve: 40, members: 40, board: 5, staff: 5, education: 5, social: 5 },
    shuJuaPctOfMembers: 60,
    officers: [
      {
        name: "Hj. Rohimah",
        gender: "FEMALE",
        birthYear: 1968,
        title: "Ketua Pengurus",
        email: "koperasi@desamigran.id",
      },
      { name: "Abdul Karim", gender: "MALE", birthYear: 1979, title: "Bendahara" },
    ],
  },
  {
    villageKey: "krasak",
    code: "KDMP-KRS",
    name: "Koperasi Desa Merah Putih Krasak",
    slug: "kdmp-krasak",
    legalNumber: "AHU-0041655.AH.01.29.TAHUN 2025",
    foundedAt: "2025-07-28",
    description: "Koperasi desa Krasak: unit sembako, gudang bawang merah dan pemasaran produk kelompok purna PMI.",
    simpananPokokIdr: 100_000n,
    simpananWajibIdr: 20_000n,
    marketplaceFeeBps: 300,
    shu: { reserve: 40, members: 40, board: 5, staff: 5, education: 5, social: 5 },
    shuJuaPctOfMembers: 50,
    officers: [
      { name: "Sanusi", gender: "MALE", birthYear: 1966, title: "Ketua Pengurus" },
      { name: "Eti Rohaeti", gender: "FEMALE", birthYear: 1984, title: "Bendahara" },
    ],
  },
  {
    villageKey: "lipursari",
    code: "KSP-LPS",
    name: "KSP Purna Migran Sejahtera Lipursari",
    slug: "ksp-purna-migran-lipursari",
    legalNumber: "188/BH/XIV.21/2018",
    foundedAt: "2018-03-12",
    description:
      "Koperasi simpan pinjam yang lahir dari program Desmigratif. Anggotanya purna PMI dan keluarga pekerja " +
      "migran; unit usahanya rumah sangrai kopi dan pemasaran carica.",
    simpananPokokIdr: 150_000n,
    simpananWajibIdr: 30_000n,
    marketplaceFeeBps: 250,
    shu: { reserve: 30, members: 45, board: 5, staff: 5, education: 10, social: 5 },
    shuJuaPctOfMembers: 50,
    officers: [
      { name: "Maryono", gender: "MALE", birthYear: 1971, title: "Ketua Pengurus" },
      { name: "Siti Nurjanah", gender: "FEMALE", birthYear: 1982, title: "Bendahara" },
    ],
  },
  {
    villageKey: "kalisabuk",
    code: "KDMP-KSB",
    name: "Koperasi Desa Merah Putih Kalisabuk",
    slug: "kdmp-kalisabuk",
    legalNumber: "AHU-0043902.AH.01.29.TAHUN 2025",
    foundedAt: "2025-08-04",
    description: "Koperasi desa dengan unit simpan pinjam dan pengumpulan gula kelapa kristal dari para penderes.",
    simpananPokokIdr: 100_000n,
    simpananWajibIdr: 25_000n,
    marketplaceFeeBps: 300,
    shu: { reserve: 35, members: 40, board: 10, staff: 5, education: 5, social: 5 },
    shuJuaPctOfMembers: 60,
    officers: [
      { name: "Darsono", gender: "MALE", birthYear: 1975, title: "Ketua Pengurus" },
      { name: "Umi Kulsum", gender: "FEMALE", birthYear: 1988, title: "Bendahara" },
    ],
  },
  {
    villageKey: "sidoharjo",
    code: "KSP-SDH",
    name: "KSP Bina Purna Migran Way Panji",
    slug: "ksp-bina-purna-migran-way-panji",
    legalNumber: "047/BH/XXV.6/2019",
    foundedAt: "2019-10-02",
    description: "Koperasi purna PMI Sidoharjo: simpan pinjam, pemasaran keripik pisang dan kopi robusta.",
    simpananPokokIdr: 100_000n,
    simpananWajibIdr: 20_000n,
    marketplaceFeeBps: 300,
    shu: { reserve: 40, members: 40, board: 5, staff: 5, education: 5, social: 5 },
    shuJuaPctOfMembers: 50,
    officers: [
      { name: "Made Suarta", gender: "MALE", birthYear: 1970, title: "Ketua Pengurus" },
      { name: "Sri Lestari", gender: "FEMALE", birthYear: 1985, title: "Sekretaris merangkap Bendahara" },
    ],
  },
  {
    villageKey: "wanasaba",
    code: "KDMP-WNS",
    name: "Koperasi Desa Merah Putih Wanasaba",
    slug: "kdmp-wanasaba",
    legalNumber: "AHU-0045118.AH.01.29.TAHUN 2025",
    foundedAt: "2025-07-30",
    description: "Koperasi desa di kaki Rinjani: unit simpan pinjam, tenun dan madu trigona anggota.",
    simpananPokokIdr: 50_000n,
    simpananWajibIdr: 20_000n,
    marketplaceFeeBps: 300,
    shu: { reserve: 25, members: 50, board: 5, staff: 5, education: 5, social: 10 },
    shuJuaPctOfMembers: 50,
    officers: [
      { name: "Lalu Ahmad Suhaimi", gender: "MALE", birthYear: 1973, title: "Ketua Pengurus" },
      { name: "Baiq Rahmawati", gender: "FEMALE", birthYear: 1986, title: "Bendahara" },
    ],
  },
  {
    villageKey: "bringinan",
    code: "KSP-BRG",
    name: "KSP Migran Mandiri Bringinan",
    slug: "ksp-migran-mandiri-bringinan",
    legalNumber: "503/112/BH/405.26/2020",
    foundedAt: "2020-02-17",
    description: "Koperasi purna PMI Bringinan: simpan pinjam dan pemasaran jenang, keripik tempe serta reog mini.",
    simpananPokokIdr: 100_000n,
    simpananWajibIdr: 50_000n,
    marketplaceFeeBps: 300,
    shu: { reserve: 40, members: 35, board: 5, staff: 5, education: 10, social: 5 },
    shuJuaPctOfMembers: 50,
    officers: [
      { name: "Suwarno", gender: "MALE", birthYear: 1969, title: "Ketua Pengurus" },
      { name: "Tri Handayani", gender: "FEMALE", birthYear: 1983, title: "Bendahara" },
    ],
  },
];

/** Village officers (perangkat desa) who keep the registry and handle protection cases. */
export const villageOfficers: { villageKey: string; name: string; title: string; email?: string }[] = [
  {
    villageKey: "juntinyuat",
    name: "Nurul Hidayah",
    title: "Kasi Kesejahteraan, petugas layanan migrasi",
    email: "desa@desamigran.id",
  },
  { villageKey: "juntinyuat", name: "H. Wartono", title: "Kuwu (Kepala Desa)" },
  { villageKey: "krasak", name: "Dedi Supriadi", title: "Sekretaris Desa" },
  { villageKey: "lipursari", name: "Agus Pranoto", title: "Kepala Desa" },
  { villageKey: "kalisabuk", name: "Wahyu Nugroho", title: "Kasi Pelayanan" },
  { villageKey: "sidoharjo", name: "Ketut Widana", title: "Kaur Umum, pendata CPMI" },
  { villageKey: "wanasaba", name: "Lalu Hamzanwadi", title: "Ketua Satgas PMI Desa" },
  { villageKey: "bringinan", name: "Eko Prasetyo", title: "Kasi Kesejahteraan" },
];
