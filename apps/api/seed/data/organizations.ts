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

export const organizations: OrganizationSeed[] = [
  {
    slug: "pusat-studi-migrasi-ucn",
    name: "Pusat Studi Migrasi dan Pembangunan Desa, Universitas Cendekia Nusantara",
    kind: "UNIVERSITY",
    description:
      "Pusat kajian yang meneliti remitansi, usaha purna PMI dan tata kelola desa migran. Hanya menerima data agregat.",
    owner: { name: "Dr. Ratna Permatasari", email: "mitra@desamigran.id" },
  },
  {
    slug: "yayasan-peduli-buruh-migran",
    name: "Yayasan Peduli Buruh Migran Nusantara",
    kind: "NGO",
    description:
      "Lembaga swadaya yang mendampingi pekerja migran dan keluarganya: literasi keuangan, pengasuhan anak dan penanganan kasus.",
    owner: { name: "Yuni Kartikasari", email: "yayasan@mitra.desamigran.id" },
  },
  {
    slug: "pt-rantai-pangan-nusantara",
    name: "PT Rantai Pangan Nusantara",
    kind: "COMPANY",
    description:
      "Perusahaan distribusi pangan olahan yang membeli produk UMKM desa dan mendampingi pengemasan serta pemasaran digital.",
    owner: { name: "Andreas Wibowo", email: "rantaipangan@mitra.desamigran.id" },
  },
  {
    slug: "desmigratif-kemnaker",
    name: "Program Desmigratif, Kementerian Ketenagakerjaan",
    kind: "GOVERNMENT_PROGRAM",
    website: "https://kemnaker.go.id",
    description:
      "Desa Migran Produktif: pusat layanan migrasi, usaha produktif, pengasuhan anak (community parenting) dan " +
      "koperasi di desa kantong pekerja migran.",
    owner: { name: "Hendra Gunawan", email: "desmigratif@mitra.desamigran.id" },
  },
];

export const programs: ProgramSeed[] = [
  {
    slug: "studi-dampak-remitansi-2026",
    organization: "pusat-studi-migrasi-ucn",
    kind: "RESEARCH",
    title: "Studi dampak remitansi terhadap usaha produktif keluarga pekerja migran",
    description:
      "Penelitian satu tahun di tujuh desa: bagaimana keluarga membagi remitansi antara konsumsi, tabungan dan investasi. Data pribadi tidak dibagikan; peneliti hanya menerima agregat.",
    startsOn: "2026-09-01",
    endsOn: "2027-08-31",
    enrolments: [
      ["h01:0", "ENROLLED", "2026-09-03"],
      ["h08:0", "ENROLLED", "2026-09-05"],
      ["h20:0", "ENROLLED", "2026-09-07"],
      ["h11:0", "ENROLLED", "2026-09-10"],
    ],
  },
  {
    slug: "literasi-keuangan-wanasaba-2026",
    organization: "yayasan-peduli-buruh-migran",
    villageKey: "wanasaba",
    kind: "TRAINING",
    title: "Literasi keuangan keluarga pekerja migran",
    description:
      "Pelatihan tiga hari: membuat anggaran keluarga, membagi remitansi, mengenali investasi bodong dan menabung di koperasi.",
    teaches:
      "Membuat anggaran keluarga\nMembagi remitansi untuk kebutuhan, tabungan dan usaha\nMengenali investasi bodong",
    venue: "Aula kantor desa Wanasaba",
    schedule: "Senin-Rabu, 08.30-12.00 WITA",
    capacity: 30,
    startsOn: "2026-10-05",
    endsOn: "2026-10-07",
    enrolments: [
      ["h17:1", "COMPLETED", "2026-09-28"],
      ["h18:0", "COMPLETED", "2026-09-28"],
      ["h19:0", "COMPLETED", "2026-09-29"],
      ["owner:tenun-ikat-sasak-baiq", "COMPLETED", "2026-09-30"],
    ],
  },
  {
    slug: "community-parenting-lipursari",
    organization: "yayasan-peduli-buruh-migran",
    villageKey: "lipursari",
    kind: "MENTORING",
    title: "Community parenting untuk anak pekerja migran",
    description:
      "Pendampingan bulanan bagi kakek-nenek dan ayah yang mengasuh anak saat ibunya bekerja di luar negeri.",
    capacity: 25,
    startsOn: "2026-07-01",
    endsOn: "2026-12-31",
    enrolments: [
      ["h08:0", "ENROLLED", "2026-06-25"],
      ["h09:1", "ENROLLED", "2026-06-25"],
    ],
  },
  {
    slug: "pemasaran-digital-indramayu-2026",
    organization: "pt-rantai-pangan-nusantara",
    villageKey: "juntinyuat",
    kind: "MENTORING",
    title: "Pendampingan pemasaran digital dan kemasan produk",
    description:
      "Empat bulan pendampingan foto produk, kemasan, perizinan PIRT dan penjualan daring untuk usaha purna PMI Indramayu.",
    capacity: 20,
    startsOn: "2026-08-10",
    endsOn: "2026-11-30",
    enrolments: [
      ["owner:keripik-singkong-mbak-siti", "ENROLLED", "2026-08-05"],
      ["owner:terasi-ikan-asin-bu-casmini", "ENROLLED", "2026-08-05"],
      ["owner:batik-dermayon-warsini", "ENROLLED", "2026-08-06"],
      ["owner:bawang-goreng-krasak", "WITHDRAWN", "2026-08-07"],
    ],
  },
  {
    slug: "pelatihan-pirt-ponorogo-2026",
    organization: "desmigratif-kemnaker",
    villageKey: "bringinan",
    kind: "TRAINING",
    title: "Pelatihan keamanan pangan dan sertifikasi PIRT",
    description:
      "Pelatihan tiga hari untuk usaha pangan purna PMI: higiene produksi, label kemasan dan pengurusan izin PIRT.",
    teaches: "Higiene produksi pangan\nLabel kemasan yang benar\nMengurus izin PIRT",
    venue: "Balai desa Bringinan",
    schedule: "Selasa-Kamis, 09.00-15.00 WIB",
    capacity: 25,
    startsOn: "2026-05-12",
    endsOn: "2026-05-14",
    enrolments: [
      ["owner:jenang-emping-bu-sumini", "COMPLETED", "2026-05-05"],
      ["owner:keripik-tempe-tukiyem", "COMPLETED", "2026-05-05"],
      ["h21:0", "COMPLETED", "2026-05-06"],
    ],
  },
  {
    slug: "migrasi-aman-cpmi-kalisabuk",
    organization: "desmigratif-kemnaker",
    villageKey: "kalisabuk",
    kind: "TRAINING",
    title: "Migrasi aman bagi calon pekerja migran",
    description:
      "Sosialisasi prosedur resmi, biaya penempatan, hak pekerja dan cara melapor bila ada masalah, sebelum calon PMI berangkat.",
    capacity: 40,
    startsOn: "2026-12-07",
    endsOn: "2026-12-07",
    enrolments: [["h12:2", "ENROLLED", "2026-11-20"]],
  },
  {
    slug: "modal-kerja-purna-pmi-2027",
    organization: "desmigratif-kemnaker",
    kind: "FINANCING",
    title: "Fasilitasi pembiayaan modal kerja purna PMI",
    description:
      "Pendampingan pengajuan KUR dan pembiayaan koperasi bagi usaha purna PMI yang sudah berjalan minimal satu tahun.",
    startsOn: "2027-01-15",
    enrolments: [],
  },
  {
    slug: "pembukuan-usaha-purna-pmi-2027",
    organization: "pusat-studi-migrasi-ucn",
    villageKey: "juntinyuat",
    kind: "TRAINING",
    title: "Pelatihan pembukuan sederhana untuk usaha purna PMI",
    description:
      "Kelas empat pertemuan bersama dosen akuntansi: mencatat kas harian, memisahkan uang usaha dan uang keluarga, " +
      "menghitung harga pokok dan laba. Peserta yang hadir penuh mendapat sertifikat.",
    teaches:
      "Mencatat kas masuk dan keluar setiap hari\nMemisahkan uang usaha dan uang keluarga\nMenghitung harga pokok dan laba",
    venue: "Balai desa Juntinyuat",
    schedule: "Sabtu, 09.00-12.00 WIB (4 pertemuan)",
    capacity: 12,
    startsOn: "2027-01-09",
    endsOn: "2027-01-30",
    enrolments: [
      ["h02:0", "APPLIED", "2026-11-20"],
      ["h03:0", "APPLIED", "2026-11-21"],
      ["owner:keripik-singkong-mbak-siti", "ENROLLED", "2026-11-18"],
      ["owner:terasi-ikan-asin-bu-casmini", "ENROLLED", "2026-11-19"],
      ["h04:0", "REJECTED", "2026-11-19"],
    ],
  },
  {
    slug: "kelas-daring-bahasa-inggris-kerja",
    organization: "pusat-studi-migrasi-ucn",
    kind: "TRAINING",
    title: "Kelas daring percakapan bahasa Inggris untuk kerja dan usaha",
    description: "Delapan sesi daring untuk calon pekerja migran dan purna PMI yang melayani pembeli asing.",
    teaches: "Percakapan sehari-hari di tempat kerja\nMenjawab pertanyaan pembeli\nMembaca kontrak sederhana",
    online: true,
    venue: "Zoom (tautan dikirim ke peserta yang diterima)",
    schedule: "Selasa dan Kamis, 19.30-21.00 WIB",
    capacity: 40,
    startsOn: "2026-09-01",
    endsOn: "2027-02-26",
    enrolments: [
      ["h05:0", "COMPLETED", "2026-08-20"],
      ["h06:0", "COMPLETED", "2026-08-20"],
      ["h07:0", "COMPLETED", "2026-08-21"],
      ["h09:0", "ENROLLED", "2026-08-22"],
      ["h10:0", "APPLIED", "2026-11-25"],
    ],
  },
];
