// Real migrant-sending villages. Province and regency codes are the official Kemendagri codes (also used by BPS
// for these provinces, except Lampung where BPS numbers regencies differently); the last six digits of village
// codes are plausible values inside the right regency (district 2 digits + "2" for desa + 3 digits).

export interface ProvinceSeed {
  code: string;
  name: string;
}

export interface RegencySeed {
  code: string;
  name: string;
  provinceCode: string;
}

export interface VillageSeed {
  key: string;
  code: string;
  slug: string;
  name: string;
  districtName: string;
  regencyCode: string;
  population: number;
  description: string;
}

export const provinces: ProvinceSeed[] = [
  { code: "18", name: "Lampung" },
  { code: "32", name: "Jawa Barat" },
  { code: "33", name: "Jawa Tengah" },
  { code: "35", name: "Jawa Timur" },
  { code: "52", name: "Nusa Tenggara Barat" },
];

export const regencies: RegencySeed[] = [
  { code: "1801", name: "Lampung Selatan", provinceCode: "18" },
  { code: "3212", name: "Indramayu", provinceCode: "32" },
  { code: "3301", name: "Cilacap", provinceCode: "33" },
  { code: "3307", name: "Wonosobo", provinceCode: "33" },
  { code: "3502", name: "Ponorogo", provinceCode: "35" },
  { code: "5203", name: "Lombok Timur", provinceCode: "52" },
];

export const villages: VillageSeed[] = [
  {
    key: "juntinyuat",
    code: "3212140001",
    slug: "juntinyuat-indramayu",
    name: "Juntinyuat",
    districtName: "Juntinyuat",
    regencyCode: "3212",
    population: 11840,
    description:
      "Desa pesisir di pantai utara Indramayu. Hampir setiap gang punya cerita keluarga yang bekerja di Taiwan, " +
      "Hong Kong, Malaysia atau Arab Saudi. Sejak 2018 desa ini menjalankan layanan informasi migrasi di balai desa " +
      "dan kini mendampingi purna PMI membuka usaha olahan ikan, keripik dan batik Dermayon.",
  },
  {
    key: "krasak",
    code: "3212102007",
    slug: "krasak-indramayu",
    name: "Krasak",
    districtName: "Jatibarang",
    regencyCode: "3212",
    population: 6420,
    description:
      "Desa persawahan di Kecamatan Jatibarang, Indramayu. Banyak perempuan Krasak pernah bekerja di pabrik " +
      "Malaysia dan Singapura. Kelompok usaha purna PMI desa ini mengolah bawang merah, udang dan eceng gondok " +
      "menjadi produk yang dijual lewat koperasi.",
  },
  {
    key: "lipursari",
    code: "3307062004",
    slug: "lipursari-wonosobo",
    name: "Lipursari",
    districtName: "Leksono",
    regencyCode: "3307",
    population: 3915,
    description:
      "Desa di lereng Gunung Sindoro, Kecamatan Leksono, Wonosobo. Dikenal sebagai salah satu desa migran " +
      "produktif: komunitas purna PMI mengelola kebun kopi, olahan carica dan layanan pengasuhan anak bagi " +
      "keluarga yang orang tuanya bekerja di luar negeri.",
  },
  {
    key: "kalisabuk",
    code: "3301182012",
    slug: "kalisabuk-cilacap",
    name: "Kalisabuk",
    districtName: "Kesugihan",
    regencyCode: "3301",
    population: 9870,
    description:
      "Desa di Kecamatan Kesugihan, Cilacap, dengan kebun kelapa dan pisang. Pemuda desa berangkat magang ke " +
      "Jepang dan Korea, sementara ibu-ibu banyak bekerja di Singapura dan Hong Kong. Koperasi desa menampung " +
      "gula kelapa, sale pisang dan abon ikan buatan purna PMI.",
  },
  {
    key: "sidoharjo",
    code: "1801172003",
    slug: "sidoharjo-lampung-selatan",
    name: "Sidoharjo",
    districtName: "Way Panji",
    regencyCode: "1801",
    population: 4230,
    description:
      "Desa eks-transmigrasi di Kecamatan Way Panji, Lampung Selatan. Warganya berasal dari Jawa dan Bali, " +
      "banyak yang merantau ke Malaysia dan Taiwan. Kini purna PMI mengembangkan keripik pisang, kopi robusta " +
      "dan kain tapis sulam usus.",
  },
  {
    key: "wanasaba",
    code: "5203102001",
    slug: "wanasaba-lombok-timur",
    name: "Wanasaba",
    districtName: "Wanasaba",
    regencyCode: "5203",
    population: 10560,
    description:
      "Desa di kaki Rinjani, Lombok Timur, salah satu kantong pekerja migran terbesar di NTB. Sebagian besar " +
      "laki-laki pernah bekerja di perkebunan sawit Malaysia. Desa ini punya satgas PMI dan Perdes perlindungan " +
      "pekerja migran, serta kelompok tenun dan peternak madu trigona.",
  },
  {
    key: "bringinan",
    code: "3502112003",
    slug: "bringinan-ponorogo",
    name: "Bringinan",
    districtName: "Jambon",
    regencyCode: "3502",
    population: 4780,
    description:
      "Desa di Kecamatan Jambon, Ponorogo. Perempuan Bringinan banyak bekerja di Hong Kong dan Taiwan, laki-laki " +
      "ke Korea Selatan lewat program G to G. Sepulangnya mereka membuka usaha jenang, keripik tempe dan " +
      "kerajinan reog mini.",
  },
];

export interface VillageLinkSeed {
  from: string;
  to: string;
  kind: "SISTER" | "MENTOR" | "PEER";
  note: string;
}

export const villageLinks: VillageLinkSeed[] = [
  {
    from: "lipursari",
    to: "wanasaba",
    kind: "MENTOR",
    note: "Lipursari berbagi pengalaman layanan pengasuhan anak (community parenting) dan koperasi purna PMI.",
  },
  {
    from: "juntinyuat",
    to: "krasak",
    kind: "PEER",
    note: "Satu kabupaten: pemasaran bersama produk olahan ikan dan bawang.",
  },
  { from: "bringinan", to: "kalisabuk", kind: "SISTER", note: "Desa kembar sejak pelatihan Desmigratif 2019." },
  {
    from: "sidoharjo",
    to: "juntinyuat",
    kind: "PEER",
    note: "Tukar pengalaman pendataan CPMI dan pencocokan data keberangkatan.",
  },
  { from: "lipursari", to: "bringinan", kind: "MENTOR", note: "Pendampingan pengolahan kopi dan pengemasan produk." },
];
