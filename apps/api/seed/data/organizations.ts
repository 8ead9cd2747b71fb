// Partner organizations (names of the university, NGO and company are fictional; Desmigratif is the real
// Kemnaker program) and their programs in villages. People are referenced as "household:member" or "owner:business".

export interface OrganizationSeed {
  slug: string;
  name: string;
  kind: "UNIVERSITY" | "NGO" | "COMPANY" | "GOVERNMENT_PROGRAM";
  website?: string;
  description: string;
  owner: { name: string; email: string };
}

export interface ProgramSeed {
  slug: string;
  organization: string;
  villageKey?: string;
  kind: "TRAINING" | "MENTORING" | "FINANCING" | "RESEARCH";
  title: string;
  description: string;
  /** What participants learn, one topic a line. */
  teaches?: string;
  online?: boolean;
  venue?: string;
  schedule?: string;
  capacity?: number;
  startsOn: string;
  endsOn?: string;
  /** APPLIED and REJECTED ones applied themselves; the others were enrolled (or accepted) by the organization. */
  enrolments: [
    person: string,
    status: "APPLIED" | "REJECTED" | "ENROLLED" | "COMPLETED" | "WITHDRAWN",
    consentOn: string,
  ][];
}

type OrganizationRow = [
  slug: string,
  name: string,
  kind: OrganizationSeed["kind"],
  website: string | null,
  ownerName: string,
  ownerEmail: string,
  description: string,
];

/** Optional fields are null in a row and absent from the seed. */
type ProgramRow = [
  slug: string,
  organization: string,
  villageKey: string | null,
  kind: ProgramSeed["kind"],
  title: string,
  startsOn: string,
  endsOn: string | null,
  capacity: number | null,
  online: boolean | null,
  venue: string | null,
  schedule: string | null,
  teaches: string | null,
  description: string,
];

/** Drops the fields a row leaves empty (null), so the seed object has only what the program says. */
function present<T extends object>(fields: T): { [K in keyof T]: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== null)) as {
    [K in keyof T]: Exclude<T[K], null>;
  };
}

function organization(row: OrganizationRow): OrganizationSeed {
  const [slug, name, kind, website, ownerName, ownerEmail, description] = row;
  return { slug, name, kind, ...present({ website }), description, owner: { name: ownerName, email: ownerEmail } };
}

function program(row: ProgramRow): ProgramSeed {
  const [slug, organization, villageKey, kind, title, startsOn, endsOn, capacity, online, ...rest] = row;
  const [venue, schedule, teaches, description] = rest;
  return {
    slug,
    organization,
    ...present({ villageKey }),
    kind,
    title,
    description,
    ...present({ teaches, online, venue, schedule, capacity }),
    startsOn,
    ...present({ endsOn }),
    enrolments: enrolmentRows.filter(([p]) => p === slug).map(([, ...enrolment]) => enrolment),
  };
}

// One line an organization and a program (tables, so the formatter leaves them in rows).
// prettier-ignore
const organizationRows: OrganizationRow[] = [
  ["pusat-studi-migrasi-ucn", "Pusat Studi Migrasi dan Pembangunan Desa, Universitas Cendekia Nusantara", "UNIVERSITY", null, "Dr. Ratna Permatasari", "mitra@desamigran.id", "Pusat kajian yang meneliti remitansi, usaha purna PMI dan tata kelola desa migran. Hanya menerima data agregat."],
  ["yayasan-peduli-buruh-migran", "Yayasan Peduli Buruh Migran Nusantara", "NGO", null, "Yuni Kartikasari", "yayasan@mitra.desamigran.id", "Lembaga swadaya yang mendampingi pekerja migran dan keluarganya: literasi keuangan, pengasuhan anak dan penanganan kasus."],
  ["pt-rantai-pangan-nusantara", "PT Rantai Pangan Nusantara", "COMPANY", null, "Andreas Wibowo", "rantaipangan@mitra.desamigran.id", "Perusahaan distribusi pangan olahan yang membeli produk UMKM desa dan mendampingi pengemasan serta pemasaran digital."],
  ["desmigratif-kemnaker", "Program Desmigratif, Kementerian Ketenagakerjaan", "GOVERNMENT_PROGRAM", "https://kemnaker.go.id", "Hendra Gunawan", "desmigratif@mitra.desamigran.id", "Desa Migran Produktif: pusat layanan migrasi, usaha produktif, pengasuhan anak (community parenting) dan koperasi di desa kantong pekerja migran."],
];

/** Enrolments: [program, person, status, consent date]. */
const enrolmentRows: [program: string, ...ProgramSeed["enrolments"][number]][] = [
  ["studi-dampak-remitansi-2026", "h01:0", "ENROLLED", "2026-09-03"],
  ["studi-dampak-remitansi-2026", "h08:0", "ENROLLED", "2026-09-05"],
  ["studi-dampak-remitansi-2026", "h20:0", "ENROLLED", "2026-09-07"],
  ["studi-dampak-remitansi-2026", "h11:0", "ENROLLED", "2026-09-10"],
  ["literasi-keuangan-wanasaba-2026", "h17:1", "COMPLETED", "2026-09-28"],
  ["literasi-keuangan-wanasaba-2026", "h18:0", "COMPLETED", "2026-09-28"],
  ["literasi-keuangan-wanasaba-2026", "h19:0", "COMPLETED", "2026-09-29"],
  ["literasi-keuangan-wanasaba-2026", "owner:tenun-ikat-sasak-baiq", "COMPLETED", "2026-09-30"],
  ["community-parenting-lipursari", "h08:0", "ENROLLED", "2026-06-25"],
  ["community-parenting-lipursari", "h09:1", "ENROLLED", "2026-06-25"],
  ["pemasaran-digital-indramayu-2026", "owner:keripik-singkong-mbak-siti", "ENROLLED", "2026-08-05"],
  ["pemasaran-digital-indramayu-2026", "owner:terasi-ikan-asin-bu-casmini", "ENROLLED", "2026-08-05"],
  ["pemasaran-digital-indramayu-2026", "owner:batik-dermayon-warsini", "ENROLLED", "2026-08-06"],
  ["pemasaran-digital-indramayu-2026", "owner:bawang-goreng-krasak", "WITHDRAWN", "2026-08-07"],
  ["pelatihan-pirt-ponorogo-2026", "owner:jenang-emping-bu-sumini", "COMPLETED", "2026-05-05"],
  ["pelatihan-pirt-ponorogo-2026", "owner:keripik-tempe-tukiyem", "COMPLETED", "2026-05-05"],
  ["pelatihan-pirt-ponorogo-2026", "h21:0", "COMPLETED", "2026-05-06"],
  ["migrasi-aman-cpmi-kalisabuk", "h12:2", "ENROLLED", "2026-11-20"],
  ["pembukuan-usaha-purna-pmi-2027", "h02:0", "APPLIED", "2026-11-20"],
  ["pembukuan-usaha-purna-pmi-2027", "h03:0", "APPLIED", "2026-11-21"],
  ["pembukuan-usaha-purna-pmi-2027", "owner:keripik-singkong-mbak-siti", "ENROLLED", "2026-11-18"],
  ["pembukuan-usaha-purna-pmi-2027", "owner:terasi-ikan-asin-bu-casmini", "ENROLLED", "2026-11-19"],
  ["pembukuan-usaha-purna-pmi-2027", "h04:0", "REJECTED", "2026-11-19"],
  ["kelas-daring-bahasa-inggris-kerja", "h05:0", "COMPLETED", "2026-08-20"],
  ["kelas-daring-bahasa-inggris-kerja", "h06:0", "COMPLETED", "2026-08-20"],
  ["kelas-daring-bahasa-inggris-kerja", "h07:0", "COMPLETED", "2026-08-21"],
  ["kelas-daring-bahasa-inggris-kerja", "h09:0", "ENROLLED", "2026-08-22"],
  ["kelas-daring-bahasa-inggris-kerja", "h10:0", "APPLIED", "2026-11-25"],
];

// prettier-ignore
const programRows: ProgramRow[] = [
  ["studi-dampak-remitansi-2026", "pusat-studi-migrasi-ucn", null, "RESEARCH", "Studi dampak remitansi terhadap usaha produktif keluarga pekerja migran", "2026-09-01", "2027-08-31", null, null, null, null, null, "Penelitian satu tahun di tujuh desa: bagaimana keluarga membagi remitansi antara konsumsi, tabungan dan investasi. Data pribadi tidak dibagikan; peneliti hanya menerima agregat."],
  ["literasi-keuangan-wanasaba-2026", "yayasan-peduli-buruh-migran", "wanasaba", "TRAINING", "Literasi keuangan keluarga pekerja migran", "2026-10-05", "2026-10-07", 30, null, "Aula kantor desa Wanasaba", "Senin-Rabu, 08.30-12.00 WITA", "Membuat anggaran keluarga\nMembagi remitansi untuk kebutuhan, tabungan dan usaha\nMengenali investasi bodong", "Pelatihan tiga hari: membuat anggaran keluarga, membagi remitansi, mengenali investasi bodong dan menabung di koperasi."],
  ["community-parenting-lipursari", "yayasan-peduli-buruh-migran", "lipursari", "MENTORING", "Community parenting untuk anak pekerja migran", "2026-07-01", "2026-12-31", 25, null, null, null, null, "Pendampingan bulanan bagi kakek-nenek dan ayah yang mengasuh anak saat ibunya bekerja di luar negeri."],
  ["pemasaran-digital-indramayu-2026", "pt-rantai-pangan-nusantara", "juntinyuat", "MENTORING", "Pendampingan pemasaran digital dan kemasan produk", "2026-08-10", "2026-11-30", 20, null, null, null, null, "Empat bulan pendampingan foto produk, kemasan, perizinan PIRT dan penjualan daring untuk usaha purna PMI Indramayu."],
  ["pelatihan-pirt-ponorogo-2026", "desmigratif-kemnaker", "bringinan", "TRAINING", "Pelatihan keamanan pangan dan sertifikasi PIRT", "2026-05-12", "2026-05-14", 25, null, "Balai desa Bringinan", "Selasa-Kamis, 09.00-15.00 WIB", "Higiene produksi pangan\nLabel kemasan yang benar\nMengurus izin PIRT", "Pelatihan tiga hari untuk usaha pangan purna PMI: higiene produksi, label kemasan dan pengurusan izin PIRT."],
  ["migrasi-aman-cpmi-kalisabuk", "desmigratif-kemnaker", "kalisabuk", "TRAINING", "Migrasi aman bagi calon pekerja migran", "2026-12-07", "2026-12-07", 40, null, null, null, null, "Sosialisasi prosedur resmi, biaya penempatan, hak pekerja dan cara melapor bila ada masalah, sebelum calon PMI berangkat."],
  ["modal-kerja-purna-pmi-2027", "desmigratif-kemnaker", null, "FINANCING", "Fasilitasi pembiayaan modal kerja purna PMI", "2027-01-15", null, null, null, null, null, null, "Pendampingan pengajuan KUR dan pembiayaan koperasi bagi usaha purna PMI yang sudah berjalan minimal satu tahun."],
  ["pembukuan-usaha-purna-pmi-2027", "pusat-studi-migrasi-ucn", "juntinyuat", "TRAINING", "Pelatihan pembukuan sederhana untuk usaha purna PMI", "2027-01-09", "2027-01-30", 12, null, "Balai desa Juntinyuat", "Sabtu, 09.00-12.00 WIB (4 pertemuan)", "Mencatat kas masuk dan keluar setiap hari\nMemisahkan uang usaha dan uang keluarga\nMenghitung harga pokok dan laba", "Kelas empat pertemuan bersama dosen akuntansi: mencatat kas harian, memisahkan uang usaha dan uang keluarga, menghitung harga pokok dan laba. Peserta yang hadir penuh mendapat sertifikat."],
  ["kelas-daring-bahasa-inggris-kerja", "pusat-studi-migrasi-ucn", null, "TRAINING", "Kelas daring percakapan bahasa Inggris untuk kerja dan usaha", "2026-09-01", "2027-02-26", 40, true, "Zoom (tautan dikirim ke peserta yang diterima)", "Selasa dan Kamis, 19.30-21.00 WIB", "Percakapan sehari-hari di tempat kerja\nMenjawab pertanyaan pembeli\nMembaca kontrak sederhana", "Delapan sesi daring untuk calon pekerja migran dan purna PMI yang melayani pembeli asing."],
];

export const organizations: OrganizationSeed[] = organizationRows.map(organization);

export const programs: ProgramSeed[] = programRows.map(program);
