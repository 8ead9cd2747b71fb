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

type CooperativeRow = [
  villageKey: string,
  code: string,
  name: string,
  slug: string,
  legalNumber: string,
  foundedAt: string,
  simpananPokokIdr: bigint,
  simpananWajibIdr: bigint,
  marketplaceFeeBps: number,
  shu: [reserve: number, members: number, board: number, staff: number, education: number, social: number],
  shuJuaPctOfMembers: number,
  description: string,
];

/** Officers who sign in (demo accounts), by name; the others have no account. */
const emails: Readonly<Record<string, string>> = {
  "Hj. Rohimah": "koperasi@desamigran.id",
  "Nurul Hidayah": "desa@desamigran.id",
};

const withEmail = <T extends { name: string }>(person: T): T & { email?: string } => {
  const email = emails[person.name];
  return email ? { ...person, email } : person;
};

/** Each cooperative's officers (pengurus), chair first, by cooperative slug: [name, gender, birth year, title]. */
// prettier-ignore
const officers: Readonly<Record<string, [name: string, gender: "FEMALE" | "MALE", birthYear: number, title: string][]>> = {
  "kdmp-juntinyuat": [["Hj. Rohimah", "FEMALE", 1968, "Ketua Pengurus"], ["Abdul Karim", "MALE", 1979, "Bendahara"]],
  "kdmp-krasak": [["Sanusi", "MALE", 1966, "Ketua Pengurus"], ["Eti Rohaeti", "FEMALE", 1984, "Bendahara"]],
  "ksp-purna-migran-lipursari": [["Maryono", "MALE", 1971, "Ketua Pengurus"], ["Siti Nurjanah", "FEMALE", 1982, "Bendahara"]],
  "kdmp-kalisabuk": [["Darsono", "MALE", 1975, "Ketua Pengurus"], ["Umi Kulsum", "FEMALE", 1988, "Bendahara"]],
  "ksp-bina-purna-migran-way-panji": [["Made Suarta", "MALE", 1970, "Ketua Pengurus"], ["Sri Lestari", "FEMALE", 1985, "Sekretaris merangkap Bendahara"]],
  "kdmp-wanasaba": [["Lalu Ahmad Suhaimi", "MALE", 1973, "Ketua Pengurus"], ["Baiq Rahmawati", "FEMALE", 1986, "Bendahara"]],
  "ksp-migran-mandiri-bringinan": [["Suwarno", "MALE", 1969, "Ketua Pengurus"], ["Tri Handayani", "FEMALE", 1983, "Bendahara"]],
};

function cooperative(row: CooperativeRow): CooperativeSeed {
  const [villageKey, code, name, slug, legalNumber, foundedAt, simpananPokokIdr, simpananWajibIdr, ...rest] = row;
  const [marketplaceFeeBps, [reserve, members, board, staff, education, social], shuJuaPctOfMembers, description] =
    rest;
  return {
    villageKey,
    code,
    name,
    slug,
    legalNumber,
    foundedAt,
    description,
    simpananPokokIdr,
    simpananWajibIdr,
    marketplaceFeeBps,
    shu: { reserve, members, board, staff, education, social },
    shuJuaPctOfMembers,
    officers: (officers[slug] ?? []).map(([name, gender, birthYear, title]) =>
      withEmail({ name, gender, birthYear, title }),
    ),
  };
}

// One line a cooperative (a table, so the formatter leaves it in rows).
// prettier-ignore
const cooperativeRows: CooperativeRow[] = [
  ["juntinyuat", "KDMP-JTY", "Koperasi Desa Merah Putih Juntinyuat", "kdmp-juntinyuat", "AHU-0041287.AH.01.29.TAHUN 2025", "2025-07-21", 100_000n, 25_000n, 300, [40, 40, 5, 5, 5, 5], 60, "Koperasi desa dengan unit sembako, simpan pinjam dan pemasaran produk purna PMI. Menampung olahan ikan, keripik dan batik Dermayon, lalu menjualnya lewat pasar daring koperasi."],
  ["krasak", "KDMP-KRS", "Koperasi Desa Merah Putih Krasak", "kdmp-krasak", "AHU-0041655.AH.01.29.TAHUN 2025", "2025-07-28", 100_000n, 20_000n, 300, [40, 40, 5, 5, 5, 5], 50, "Koperasi desa Krasak: unit sembako, gudang bawang merah dan pemasaran produk kelompok purna PMI."],
  ["lipursari", "KSP-LPS", "KSP Purna Migran Sejahtera Lipursari", "ksp-purna-migran-lipursari", "188/BH/XIV.21/2018", "2018-03-12", 150_000n, 30_000n, 250, [30, 45, 5, 5, 10, 5], 50, "Koperasi simpan pinjam yang lahir dari program Desmigratif. Anggotanya purna PMI dan keluarga pekerja migran; unit usahanya rumah sangrai kopi dan pemasaran carica."],
  ["kalisabuk", "KDMP-KSB", "Koperasi Desa Merah Putih Kalisabuk", "kdmp-kalisabuk", "AHU-0043902.AH.01.29.TAHUN 2025", "2025-08-04", 100_000n, 25_000n, 300, [35, 40, 10, 5, 5, 5], 60, "Koperasi desa dengan unit simpan pinjam dan pengumpulan gula kelapa kristal dari para penderes."],
  ["sidoharjo", "KSP-SDH", "KSP Bina Purna Migran Way Panji", "ksp-bina-purna-migran-way-panji", "047/BH/XXV.6/2019", "2019-10-02", 100_000n, 20_000n, 300, [40, 40, 5, 5, 5, 5], 50, "Koperasi purna PMI Sidoharjo: simpan pinjam, pemasaran keripik pisang dan kopi robusta."],
  ["wanasaba", "KDMP-WNS", "Koperasi Desa Merah Putih Wanasaba", "kdmp-wanasaba", "AHU-0045118.AH.01.29.TAHUN 2025", "2025-07-30", 50_000n, 20_000n, 300, [25, 50, 5, 5, 5, 10], 50, "Koperasi desa di kaki Rinjani: unit simpan pinjam, tenun dan madu trigona anggota."],
  ["bringinan", "KSP-BRG", "KSP Migran Mandiri Bringinan", "ksp-migran-mandiri-bringinan", "503/112/BH/405.26/2020", "2020-02-17", 100_000n, 50_000n, 300, [40, 35, 5, 5, 10, 5], 50, "Koperasi purna PMI Bringinan: simpan pinjam dan pemasaran jenang, keripik tempe serta reog mini."],
];

export const cooperatives: CooperativeSeed[] = cooperativeRows.map(cooperative);

/** Village officers (perangkat desa) who keep the registry and handle protection cases: [village, name, title]. */
const villageOfficerRows: [villageKey: string, name: string, title: string][] = [
  ["juntinyuat", "Nurul Hidayah", "Kasi Kesejahteraan, petugas layanan migrasi"],
  ["juntinyuat", "H. Wartono", "Kuwu (Kepala Desa)"],
  ["krasak", "Dedi Supriadi", "Sekretaris Desa"],
  ["lipursari", "Agus Pranoto", "Kepala Desa"],
  ["kalisabuk", "Wahyu Nugroho", "Kasi Pelayanan"],
  ["sidoharjo", "Ketut Widana", "Kaur Umum, pendata CPMI"],
  ["wanasaba", "Lalu Hamzanwadi", "Ketua Satgas PMI Desa"],
  ["bringinan", "Eko Prasetyo", "Kasi Kesejahteraan"],
];

export const villageOfficers: { villageKey: string; name: string; title: string; email?: string }[] =
  villageOfficerRows.map(([villageKey, name, title]) => withEmail({ villageKey, name, title }));
