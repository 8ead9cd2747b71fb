// Businesses run by returned migrant workers (purna PMI). Each owner is a Person with a RETURNED episode.

export interface BusinessSeed {
  slug: string;
  name: string;
  villageKey: string;
  owner: { name: string; gender: "FEMALE" | "MALE"; birthYear: number; email?: string };
  abroad: { country: string; sector: string; departedAt: string; returnedAt: string };
  foundedAt: string;
  employees: number;
  story: string;
}

export const businesses: BusinessSeed[] = [
  {
    slug: "keripik-singkong-mbak-siti",
    name: "Keripik Singkong Mbak Siti",
    villageKey: "juntinyuat",
    owner: { name: "Siti Aminah", gender: "FEMALE", birthYear: 1988, email: "wirausaha@desamigran.id" },
    abroad: { country: "TW", sector: "Perawat lansia (caregiver)", departedAt: "2015-04-02", returnedAt: "2022-06-18" },
    foundedAt: "2022-11-01",
    employees: 4,
    story:
      "Tujuh tahun Siti merawat seorang nenek di Taichung. Setiap hari libur ia belajar membuat camilan dari " +
      "teman-teman sesama pekerja. Pulang ke Juntinyuat, tabungannya dipakai untuk membeli wajan besar dan " +
      "mesin pengiris. Kini keripik singkongnya dikerjakan bersama tiga tetangga, semuanya istri pekerja migran.",
  },
  {
    slug: "terasi-ikan-asin-bu-casmini",
    name: "Terasi & Ikan Asin Bu Casmini",
    villageKey: "juntinyuat",
    owner: { name: "Casmini", gender: "FEMALE", birthYear: 1979 },
    abroad: { country: "SA", sector: "Pekerja rumah tangga", departedAt: "2011-09-10", returnedAt: "2019-03-02" },
    foundedAt: "2019-08-17",
    employees: 6,
    story:
      "Casmini delapan tahun bekerja di Riyadh. Uang kirimannya dulu habis untuk kebutuhan sehari-hari, jadi " +
      "sepulangnya ia bertekad membangun usaha. Bersama nelayan pesisir Juntinyuat ia mengolah rebon menjadi " +
      "terasi dan ikan menjadi ikan asin jambal roti yang dijemur di rumah jemur higienis.",
  },
  {
    slug: "mangga-gincu-pak-daskan",
    name: "Mangga Gincu Pak Daskan",
    villageKey: "juntinyuat",
    owner: { name: "Daskan", gender: "MALE", birthYear: 1984 },
    abroad: { country: "KR", sector: "Operator pabrik komponen", departedAt: "2013-05-20", returnedAt: "2019-05-20" },
    foundedAt: "2020-01-10",
    employees: 3,
    story:
      "Enam tahun Daskan bekerja di pabrik komponen di Ansan lewat program G to G. Hasilnya ia belikan kebun " +
      "mangga gedong gincu warisan orang tua yang sempat terbengkalai. Kini ia menjual mangga segar saat musim " +
      "dan mengolahnya menjadi dodol serta manisan di luar musim.",
  },
  {
    slug: "batik-dermayon-warsini",
    name: "Batik Dermayon Warsini",
    villageKey: "juntinyuat",
    owner: { name: "Warsini", gender: "FEMALE", birthYear: 1981 },
    abroad: { country: "HK", sector: "Pekerja rumah tangga", departedAt: "2009-02-14", returnedAt: "2017-12-20" },
    foundedAt: "2018-04-21",
    employees: 5,
    story:
      "Sebelum berangkat ke Hong Kong, Warsini membantu ibunya membatik. Sembilan tahun kemudian ia pulang " +
      "dan menghidupkan lagi motif Dermayon seperti kapal kandas dan iwak etong. Ia melatih remaja putri desa " +
      "membatik agar tidak harus merantau.",
  },
  {
    slug: "bawang-goreng-krasak",
    name: "Bawang Goreng Krasak",
    villageKey: "krasak",
    owner: { name: "Tarsih", gender: "FEMALE", birthYear: 1986 },
    abroad: { country: "MY", sector: "Operator pabrik elektronik", departedAt: "2012-07-01", returnedAt: "2018-08-30" },
    foundedAt: "2019-02-01",
    employees: 5,
    story:
      "Tarsih bekerja di pabrik elektronik di Penang. Di sana ia belajar disiplin kebersihan produksi. Pulang ke " +
      "Krasak, ia mengolah bawang merah hasil panen tetangga menjadi bawang goreng renyah tanpa pengawet, " +
      "dikemas rapi dengan izin PIRT.",
  },
  {
    slug: "kerupuk-udang-dua-saudara",
    name: "Kerupuk Udang Dua Saudara",
    villageKey: "krasak",
    owner: { name: "Carman", gender: "MALE", birthYear: 1980 },
    abroad: { country: "MY", sector: "Pekerja perkebunan sawit", departedAt: "2008-03-15", returnedAt: "2016-04-01" },
    foundedAt: "2016-10-05",
    employees: 4,
    story:
      "Carman dan adiknya sama-sama pernah bekerja di perkebunan sawit Sabah. Mereka pulang dengan tekad tidak " +
      "berangkat lagi. Usaha kerupuk udang mereka mulai dari satu tampah, kini memasok warung se-Jatibarang.",
  },
  {
    slug: "anyaman-eceng-gondok-kartini",
    name: "Anyaman Eceng Gondok Kartini",
    villageKey: "krasak",
    owner: { name: "Kartini", gender: "FEMALE", birthYear: 1990 },
    abroad: { country: "SG", sector: "Pekerja rumah tangga", departedAt: "2014-01-08", returnedAt: "2020-02-26" },
    foundedAt: "2020-09-01",
    employees: 7,
    story:
      "Pulang dari Singapura tepat sebelum pandemi, Kartini melihat eceng gondok memenuhi saluran irigasi. Ia " +
      "belajar menganyam lewat video dan pelatihan dinas, lalu mengajak ibu-ibu purna PMI membuat tas, " +
      "keranjang dan tatakan gelas.",
  },
  {
    slug: "kopi-sindoro-lipursari",
    name: "Kopi Sindoro Lipursari",
    villageKey: "lipursari",
    owner: { name: "Slamet Riyadi", gender: "MALE", birthYear: 1983 },
    abroad: { country: "KR", sector: "Pekerja manufaktur", departedAt: "2010-10-11", returnedAt: "2015-10-11" },
    foundedAt: "2016-06-01",
    employees: 6,
    story:
      "Slamet menabung lima tahun di Korea Selatan untuk satu mimpi: kopi dari lereng Sindoro dijual dengan " +
      "nama desanya sendiri. Ia bermitra dengan petani kopi arabika dan robusta setempat dan kini mengelola " +
      "rumah sangrai milik koperasi.",
  },
  {
    slug: "carica-dieng-bu-sri",
    name: "Carica Dieng Bu Sri",
    villageKey: "lipursari",
    owner: { name: "Sri Wahyuni", gender: "FEMALE", birthYear: 1985 },
    abroad: { country: "HK", sector: "Pekerja rumah tangga", departedAt: "2007-06-03", returnedAt: "2014-07-19" },
    foundedAt: "2015-03-01",
    employees: 5,
    story:
      "Di Hong Kong Sri mengikuti kursus kewirausahaan yang diadakan komunitas pekerja migran setiap Minggu. " +
      "Ilmunya ia pakai untuk mengolah carica, pepaya gunung khas Dieng, menjadi manisan dalam sirup dan selai.",
  },
  {
    slug: "keripik-jamur-suparmi",
    name: "Keripik Jamur & Kentang Suparmi",
    villageKey: "lipursari",
    owner: { name: "Suparmi", gender: "FEMALE", birthYear: 1987 },
    abroad: { country: "TW", sector: "Perawat lansia (caregiver)", departedAt: "2012-02-20", returnedAt: "2021-01-15" },
    foundedAt: "2021-07-01",
    employees: 3,
    story:
      "Sembilan tahun di Taoyuan membuat Suparmi rindu rumah. Sepulangnya ia menanam jamur tiram di kumbung " +
      "belakang rumah dan mengolahnya menjadi keripik, ditemani keripik kentang dari petani Dieng.",
  },
  {
    slug: "gula-kelapa-kalisabuk",
    name: "Gula Kelapa Kristal Kalisabuk",
    villageKey: "kalisabuk",
    owner: { name: "Sutrisno", gender: "MALE", birthYear: 1993 },
    abroad: { country: "JP", sector: "Pemagang pertanian", departedAt: "2016-08-01", returnedAt: "2019-08-01" },
    foundedAt: "2020-03-01",
    employees: 8,
    story:
      "Tiga tahun magang di pertanian Ibaraki mengajari Sutrisno soal standar mutu. Ia mengajak para penderes " +
      "kelapa di Kalisabuk beralih dari gula cetak ke gula kelapa kristal organik yang harganya lebih baik.",
  },
  {
    slug: "sale-pisang-bu-rusmini",
    name: "Sale Pisang Bu Rusmini",
    villageKey: "kalisabuk",
    owner: { name: "Rusmini", gender: "FEMALE", birthYear: 1976 },
    abroad: { country: "SA", sector: "Pekerja rumah tangga", departedAt: "2004-11-02", returnedAt: "2012-01-30" },
    foundedAt: "2013-05-01",
    employees: 4,
    story:
      "Rusmini pulang dari Jeddah dan memilih tidak berangkat lagi demi anak-anaknya. Resep sale pisang " +
      "neneknya ia kembangkan menjadi sale basah dan sale goreng, yang kini menjadi oleh-oleh khas Kesugihan.",
  },
  {
    slug: "abon-ikan-segara",
    name: "Abon Ikan Segara",
    villageKey: "kalisabuk",
    owner: { name: "Siti Khotimah", gender: "FEMALE", birthYear: 1989 },
    abroad: {
      country: "TW",
      sector: "Operator pabrik pengolahan ikan",
      departedAt: "2013-03-03",
      returnedAt: "2019-03-01",
    },
    foundedAt: "2019-10-01",
    employees: 4,
    story:
      "Di pabrik pengolahan ikan di Kaohsiung, Khotimah belajar mengolah tuna dan tongkol. Kini ia membeli " +
      "ikan dari nelayan Cilacap dan membuat abon ikan serta bakso ikan beku.",
  },
  {
    slug: "keripik-pisang-mbak-ngatini",
    name: "Keripik Pisang Mbak Ngatini",
    villageKey: "sidoharjo",
    owner: { name: "Ngatini", gender: "FEMALE", birthYear: 1986 },
    abroad: { country: "SG", sector: "Pekerja rumah tangga", departedAt: "2009-05-05", returnedAt: "2016-06-10" },
    foundedAt: "2017-01-15",
    employees: 6,
    story:
      "Ngatini anak transmigran Jawa di Way Panji. Tujuh tahun di Singapura memberinya modal untuk membeli " +
      "penggorengan dan mesin pengemas. Keripik pisang cokelat dan balado buatannya kini dijual ke Bandar Lampung.",
  },
  {
    slug: "kopi-robusta-way-panji",
    name: "Kopi Robusta Way Panji",
    villageKey: "sidoharjo",
    owner: { name: "Sugeng Riyanto", gender: "MALE", birthYear: 1991 },
    abroad: { country: "JP", sector: "Pemagang konstruksi", departedAt: "2015-09-01", returnedAt: "2018-09-01" },
    foundedAt: "2019-04-01",
    employees: 3,
    story:
      "Sugeng jatuh cinta pada budaya kopi di Osaka. Sepulangnya ia membeli biji robusta petik merah dari " +
      "petani Lampung, menyangrainya sendiri dan menjualnya dalam kemasan kecil dengan cerita petaninya.",
  },
  {
    slug: "tapis-sulam-usus-rohmah",
    name: "Tapis & Sulam Usus Rohmah",
    villageKey: "sidoharjo",
    owner: { name: "Siti Rohmah", gender: "FEMALE", birthYear: 1982 },
    abroad: { country: "MY", sector: "Pekerja rumah tangga", departedAt: "2006-02-01", returnedAt: "2013-02-01" },
    foundedAt: "2014-08-01",
    employees: 9,
    story:
      "Rohmah belajar sulam usus dari tetangga asal Krui sepulang dari Kuala Lumpur. Kini ia memimpin " +
      "kelompok sembilan penyulam yang membuat selendang tapis, kebaya dan aksesori khas Lampung.",
  },
  {
    slug: "tenun-ikat-sasak-baiq",
    name: "Tenun Ikat Sasak Baiq Nur",
    villageKey: "wanasaba",
    owner: { name: "Baiq Nurhayati", gender: "FEMALE", birthYear: 1984 },
    abroad: { country: "MY", sector: "Pekerja rumah tangga", departedAt: "2008-01-20", returnedAt: "2014-12-12" },
    foundedAt: "2015-06-01",
    employees: 10,
    story:
      "Baiq Nur pulang dari Johor dan mendapati alat tenun gedogan ibunya masih tersimpan. Ia mengumpulkan " +
      "perempuan yang suaminya bekerja di sawit Malaysia untuk menenun songket dan kain ikat Sasak bersama.",
  },
  {
    slug: "madu-trigona-wanasaba",
    name: "Madu Trigona Wanasaba",
    villageKey: "wanasaba",
    owner: { name: "Lalu Zaenal Abidin", gender: "MALE", birthYear: 1985 },
    abroad: { country: "MY", sector: "Pekerja perkebunan sawit", departedAt: "2007-04-01", returnedAt: "2017-04-01" },
    foundedAt: "2018-02-01",
    employees: 4,
    story:
      "Sepuluh tahun Zaenal memanen sawit di Sarawak. Kini ia memelihara lebah trigona di kebun kopi dan " +
      "mete, menghasilkan madu kelulut yang asam segar, dan mengajari pemuda desa beternak lebah.",
  },
  {
    slug: "jajanan-sasak-sahnun",
    name: "Gula Aren & Jajanan Sasak Sahnun",
    villageKey: "wanasaba",
    owner: { name: "Sahnun", gender: "MALE", birthYear: 1978 },
    abroad: { country: "SA", sector: "Sopir keluarga", departedAt: "2005-03-01", returnedAt: "2013-06-01" },
    foundedAt: "2014-01-01",
    employees: 5,
    story:
      "Delapan tahun menjadi sopir di Madinah, Sahnun pulang dan kembali ke pohon aren keluarganya. Gula aren " +
      "cetak dan jajanan Sasak seperti dodol dan tarek buatan istrinya kini dijual lewat koperasi desa.",
  },
  {
    slug: "reog-mini-purwanto",
    name: "Kerajinan Reog Mini Purwanto",
    villageKey: "bringinan",
    owner: { name: "Purwanto", gender: "MALE", birthYear: 1987 },
    abroad: {
      country: "KR",
      sector: "Nelayan kapal penangkap ikan",
      departedAt: "2011-01-15",
      returnedAt: "2016-01-15",
    },
    foundedAt: "2016-09-01",
    employees: 4,
    story:
      "Purwanto pernah menjadi awak kapal ikan di Korea Selatan. Di sela waktu istirahat ia mengukir kayu. " +
      "Sepulangnya ia membuat miniatur dadak merak, topeng bujang ganong dan gantungan kunci reog.",
  },
  {
    slug: "jenang-emping-bu-sumini",
    name: "Jenang & Emping Bu Sumini",
    villageKey: "bringinan",
    owner: { name: "Sumini", gender: "FEMALE", birthYear: 1977 },
    abroad: { country: "HK", sector: "Pekerja rumah tangga", departedAt: "2003-08-01", returnedAt: "2012-08-01" },
    foundedAt: "2013-02-01",
    employees: 5,
    story:
      "Sembilan tahun di Hong Kong, Sumini aktif di organisasi pekerja migran. Pulang ke Bringinan ia membuka " +
      "usaha jenang dan emping melinjo, dan kini menjadi penggerak kelompok purna PMI di desanya.",
  },
  {
    slug: "keripik-tempe-tukiyem",
    name: "Keripik Tempe Tukiyem",
    villageKey: "bringinan",
    owner: { name: "Tukiyem", gender: "FEMALE", birthYear: 1983 },
    abroad: { country: "TW", sector: "Perawat lansia (caregiver)", departedAt: "2010-05-01", returnedAt: "2018-05-01" },
    foundedAt: "2018-11-01",
    employees: 5,
    story:
      "Tukiyem delapan tahun merawat lansia di Taipei. Kini ia membuat keripik tempe sagu yang tipis dan " +
      "renyah. Produksinya sering kewalahan saat musim oleh-oleh, jadi ia menggalang dana untuk mesin " +
      "penggorengan vakum.",
  },
];
