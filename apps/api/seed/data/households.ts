// Families that receive remittances. One member is abroad (an ABROAD episode) and sends money home monthly.

type G = "F" | "M";
type Rel = "HEAD" | "SPOUSE" | "CHILD" | "PARENT" | "SIBLING" | "OTHER";
export type MemberSeed = [fullName: string, gender: G, birthYear: number, relationship: Rel];

export interface HouseholdSeed {
  key: string;
  villageKey: string;
  name: string;
  members: MemberSeed[];
  /** Index into members of the one abroad, and the stint. */
  abroad: { member: number; country: string; sector: string; departedAt: string; agency: string };
  /** Usual monthly transfer in the corridor currency's major units. */
  monthlyMajor: number;
  channel: "BANK" | "POS" | "APP" | "CASH";
  savingsPct: number;
  investmentPct: number;
  declaredAnnualIncomeIdr: number;
  /** Member index that signs in with this demo email. */
  user?: { member: number; email: string };
}

export const households: HouseholdSeed[] = [
  // Juntinyuat
  {
    key: "h01",
    villageKey: "juntinyuat",
    name: "Keluarga Bapak Tarmidi",
    members: [
      ["Tarmidi", "M", 1982, "HEAD"],
      ["Nurhayati", "F", 1986, "SPOUSE"],
      ["Dewi Lestari", "F", 2008, "CHILD"],
      ["Muhammad Rizky", "M", 2014, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "TW",
      sector: "Perawat lansia (caregiver)",
      departedAt: "2023-03-14",
      agency: "PT Karya Mitra Sejahtera",
    },
    monthlyMajor: 7500,
    channel: "APP",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 72_000_000,
    user: { member: 0, email: "keluarga@desamigran.id" },
  },
  {
    key: "h02",
    villageKey: "juntinyuat",
    name: "Keluarga Bapak Kusnadi",
    members: [
      ["Kusnadi", "M", 1975, "HEAD"],
      ["Karsiti", "F", 1978, "SPOUSE"],
      ["Ahmad Fauzi", "M", 2001, "CHILD"],
      ["Wati", "F", 1950, "PARENT"],
    ],
    abroad: {
      member: 1,
      country: "SA",
      sector: "Pekerja rumah tangga",
      departedAt: "2022-01-10",
      agency: "PT Bina Tenaga Utama",
    },
    monthlyMajor: 900,
    channel: "BANK",
    savingsPct: 15,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 60_000_000,
  },
  {
    key: "h03",
    villageKey: "juntinyuat",
    name: "Keluarga Ibu Rasminah",
    members: [
      ["Rasminah", "F", 1980, "HEAD"],
      ["Yuyun Yuningsih", "F", 1999, "CHILD"],
      ["Ade Saputra", "M", 2006, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "HK",
      sector: "Pekerja rumah tangga",
      departedAt: "2021-07-05",
      agency: "PT Duta Karya Insani",
    },
    monthlyMajor: 1900,
    channel: "BANK",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 58_000_000,
  },
  {
    key: "h04",
    villageKey: "juntinyuat",
    name: "Keluarga Bapak Sukarta",
    members: [
      ["Sukarta", "M", 1970, "HEAD"],
      ["Darsinah", "F", 1973, "SPOUSE"],
      ["Ridwan", "M", 1996, "CHILD"],
    ],
    abroad: {
      member: 2,
      country: "MY",
      sector: "Operator pabrik sarung tangan karet",
      departedAt: "2020-11-01",
      agency: "PT Sinar Jaya Abadi",
    },
    monthlyMajor: 1100,
    channel: "POS",
    savingsPct: 20,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 66_000_000,
  },
  // Krasak
  {
    key: "h05",
    villageKey: "krasak",
    name: "Keluarga Bapak Warsidi",
    members: [
      ["Warsidi", "M", 1979, "HEAD"],
      ["Sumiati", "F", 1983, "SPOUSE"],
      ["Nining Kurniasih", "F", 2005, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "TW",
      sector: "Operator pabrik tekstil",
      departedAt: "2022-05-20",
      agency: "PT Karya Mitra Sejahtera",
    },
    monthlyMajor: 6500,
    channel: "APP",
    savingsPct: 15,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 55_000_000,
  },
  {
    key: "h06",
    villageKey: "krasak",
    name: "Keluarga Bapak Dulhadi",
    members: [
      ["Dulhadi", "M", 1968, "HEAD"],
      ["Taryem", "F", 1971, "SPOUSE"],
      ["Eka Susanti", "F", 1995, "CHILD"],
    ],
    abroad: {
      member: 2,
      country: "SG",
      sector: "Pekerja rumah tangga",
      departedAt: "2019-09-09",
      agency: "PT Mandiri Putra Persada",
    },
    monthlyMajor: 320,
    channel: "BANK",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 62_000_000,
  },
  {
    key: "h07",
    villageKey: "krasak",
    name: "Keluarga Bapak Sanudin",
    members: [
      ["Sanudin", "M", 1985, "HEAD"],
      ["Iis Aisyah", "F", 1988, "SPOUSE"],
      ["Bayu Firmansyah", "M", 2010, "CHILD"],
      ["Salsabila", "F", 2016, "CHILD"],
    ],
    abroad: {
      member: 0,
      country: "MY",
      sector: "Pekerja perkebunan sawit",
      departedAt: "2021-03-01",
      agency: "PT Sinar Jaya Abadi",
    },
    monthlyMajor: 950,
    channel: "CASH",
    savingsPct: 10,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 48_000_000,
  },
  // Lipursari
  {
    key: "h08",
    villageKey: "lipursari",
    name: "Keluarga Bapak Mujiono",
    members: [
      ["Mujiono", "M", 1977, "HEAD"],
      ["Tri Wahyuni", "F", 1981, "SPOUSE"],
      ["Fajar Nugroho", "M", 2004, "CHILD"],
      ["Anisa Rahmawati", "F", 2011, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "HK",
      sector: "Pekerja rumah tangga",
      departedAt: "2020-02-02",
      agency: "PT Duta Karya Insani",
    },
    monthlyMajor: 2000,
    channel: "BANK",
    savingsPct: 20,
    investmentPct: 20,
    declaredAnnualIncomeIdr: 78_000_000,
  },
  {
    key: "h09",
    villageKey: "lipursari",
    name: "Keluarga Bapak Sarwono",
    members: [
      ["Sarwono", "M", 1972, "HEAD"],
      ["Painem", "F", 1975, "SPOUSE"],
      ["Dwi Astuti", "F", 1997, "CHILD"],
    ],
    abroad: {
      member: 2,
      country: "TW",
      sector: "Perawat lansia (caregiver)",
      departedAt: "2022-09-01",
      agency: "PT Karya Mitra Sejahtera",
    },
    monthlyMajor: 7000,
    channel: "APP",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 70_000_000,
  },
  {
    key: "h10",
    villageKey: "lipursari",
    name: "Keluarga Ibu Rahayu",
    members: [
      ["Rahayu", "F", 1983, "HEAD"],
      ["Heri Susanto", "M", 1980, "SPOUSE"],
      ["Galih Prakoso", "M", 2007, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "SG",
      sector: "Pekerja galangan kapal",
      departedAt: "2021-05-17",
      agency: "PT Mandiri Putra Persada",
    },
    monthlyMajor: 350,
    channel: "BANK",
    savingsPct: 15,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 75_000_000,
  },
  // Kalisabuk
  {
    key: "h11",
    villageKey: "kalisabuk",
    name: "Keluarga Bapak Sugiarto",
    members: [
      ["Sugiarto", "M", 1970, "HEAD"],
      ["Sutini", "F", 1974, "SPOUSE"],
      ["Andi Pratama", "M", 2000, "CHILD"],
    ],
    abroad: {
      member: 2,
      country: "JP",
      sector: "Pekerja berketerampilan khusus (SSW) manufaktur",
      departedAt: "2023-04-10",
      agency: "LPK Nusantara Jaya",
    },
    monthlyMajor: 38000,
    channel: "BANK",
    savingsPct: 25,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 80_000_000,
  },
  {
    key: "h12",
    villageKey: "kalisabuk",
    name: "Keluarga Bapak Kasirun",
    members: [
      ["Kasirun", "M", 1976, "HEAD"],
      ["Rini Astuti", "F", 1980, "SPOUSE"],
      ["Putri Ayu Lestari", "F", 2007, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "HK",
      sector: "Pekerja rumah tangga",
      departedAt: "2018-10-10",
      agency: "PT Duta Karya Insani",
    },
    monthlyMajor: 1700,
    channel: "BANK",
    savingsPct: 20,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 64_000_000,
  },
  {
    key: "h13",
    villageKey: "kalisabuk",
    name: "Keluarga Bapak Wagiman",
    members: [
      ["Wagiman", "M", 1965, "HEAD"],
      ["Sariyem", "F", 1968, "SPOUSE"],
      ["Bagus Setiawan", "M", 1998, "CHILD"],
    ],
    abroad: {
      member: 2,
      country: "KR",
      sector: "Awak kapal penangkap ikan",
      departedAt: "2021-06-15",
      agency: "BP2MI (G to G)",
    },
    monthlyMajor: 360_000,
    channel: "BANK",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 76_000_000,
  },
  // Sidoharjo
  {
    key: "h14",
    villageKey: "sidoharjo",
    name: "Keluarga Bapak Nyoman Sudarsana",
    members: [
      ["I Nyoman Sudarsana", "M", 1978, "HEAD"],
      ["Ni Ketut Sriani", "F", 1982, "SPOUSE"],
      ["Ni Putu Ayu Lestari", "F", 2006, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "TW",
      sector: "Operator pabrik elektronik",
      departedAt: "2021-08-01",
      agency: "PT Karya Mitra Sejahtera",
    },
    monthlyMajor: 8000,
    channel: "BANK",
    savingsPct: 15,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 74_000_000,
  },
  {
    key: "h15",
    villageKey: "sidoharjo",
    name: "Keluarga Bapak Paijo",
    members: [
      ["Paijo", "M", 1969, "HEAD"],
      ["Marsini", "F", 1972, "SPOUSE"],
      ["Wahyu Hidayat", "M", 1995, "CHILD"],
    ],
    abroad: {
      member: 2,
      country: "MY",
      sector: "Pekerja konstruksi",
      departedAt: "2019-02-01",
      agency: "PT Sinar Jaya Abadi",
    },
    monthlyMajor: 1050,
    channel: "POS",
    savingsPct: 15,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 58_000_000,
  },
  {
    key: "h16",
    villageKey: "sidoharjo",
    name: "Keluarga Ibu Suyatmi",
    members: [
      ["Suyatmi", "F", 1979, "HEAD"],
      ["Novi Andriani", "F", 2000, "CHILD"],
      ["Joko Susilo", "M", 2008, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "HK",
      sector: "Pekerja rumah tangga",
      departedAt: "2022-03-01",
      agency: "PT Duta Karya Insani",
    },
    monthlyMajor: 1800,
    channel: "APP",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 56_000_000,
  },
  // Wanasaba
  {
    key: "h17",
    villageKey: "wanasaba",
    name: "Keluarga Amaq Saepudin",
    members: [
      ["Saepudin", "M", 1975, "HEAD"],
      ["Rumini", "F", 1978, "SPOUSE"],
      ["Muhammad Ikhsan", "M", 2003, "CHILD"],
      ["Siti Aisyah", "F", 2009, "CHILD"],
    ],
    abroad: {
      member: 0,
      country: "MY",
      sector: "Pekerja perkebunan sawit",
      departedAt: "2020-05-01",
      agency: "PT Lombok Karya Mandiri",
    },
    monthlyMajor: 900,
    channel: "CASH",
    savingsPct: 10,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 45_000_000,
  },
  {
    key: "h18",
    villageKey: "wanasaba",
    name: "Keluarga Hj. Baiq Raehan",
    members: [
      ["Hj. Baiq Raehan", "F", 1970, "HEAD"],
      ["Lalu Muhammad Iqbal", "M", 1994, "CHILD"],
      ["Baiq Sofia Hidayati", "F", 2002, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "SA",
      sector: "Sopir keluarga",
      departedAt: "2021-01-01",
      agency: "PT Bina Tenaga Utama",
    },
    monthlyMajor: 1000,
    channel: "BANK",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 68_000_000,
  },
  {
    key: "h19",
    villageKey: "wanasaba",
    name: "Keluarga Bapak Zulkarnaen",
    members: [
      ["Zulkarnaen", "M", 1983, "HEAD"],
      ["Hurniati", "F", 1986, "SPOUSE"],
      ["Ahmad Rifa'i", "M", 2012, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "MY",
      sector: "Pekerja rumah tangga",
      departedAt: "2022-07-15",
      agency: "PT Lombok Karya Mandiri",
    },
    monthlyMajor: 850,
    channel: "APP",
    savingsPct: 15,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 50_000_000,
  },
  // Bringinan
  {
    key: "h20",
    villageKey: "bringinan",
    name: "Keluarga Bapak Katiran",
    members: [
      ["Katiran", "M", 1972, "HEAD"],
      ["Sulastri", "F", 1976, "SPOUSE"],
      ["Rendi Saputro", "M", 2001, "CHILD"],
      ["Tumini", "F", 1948, "PARENT"],
    ],
    abroad: {
      member: 1,
      country: "HK",
      sector: "Pekerja rumah tangga",
      departedAt: "2017-06-01",
      agency: "PT Duta Karya Insani",
    },
    monthlyMajor: 2100,
    channel: "BANK",
    savingsPct: 20,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 82_000_000,
  },
  {
    key: "h21",
    villageKey: "bringinan",
    name: "Keluarga Bapak Samsuri",
    members: [
      ["Samsuri", "M", 1980, "HEAD"],
      ["Endang Sri Wahyuni", "F", 1984, "SPOUSE"],
      ["Nadia Putri", "F", 2009, "CHILD"],
    ],
    abroad: {
      member: 1,
      country: "TW",
      sector: "Perawat lansia (caregiver)",
      departedAt: "2021-11-01",
      agency: "PT Karya Mitra Sejahtera",
    },
    monthlyMajor: 7200,
    channel: "APP",
    savingsPct: 20,
    investmentPct: 10,
    declaredAnnualIncomeIdr: 66_000_000,
  },
  {
    key: "h22",
    villageKey: "bringinan",
    name: "Keluarga Bapak Gimin",
    members: [
      ["Gimin", "M", 1966, "HEAD"],
      ["Parmi", "F", 1969, "SPOUSE"],
      ["Agus Setiyono", "M", 1994, "CHILD"],
    ],
    abroad: {
      member: 2,
      country: "KR",
      sector: "Pekerja manufaktur (EPS)",
      departedAt: "2020-09-01",
      agency: "BP2MI (G to G)",
    },
    monthlyMajor: 400_000,
    channel: "BANK",
    savingsPct: 25,
    investmentPct: 15,
    declaredAnnualIncomeIdr: 85_000_000,
  },
];

/** Earlier stints abroad of household members (RETURNED episodes): [household, member, country, sector, departed, returned]. */
export const pastEpisodes: [string, number, string, string, string, string][] = [
  ["h02", 0, "MY", "Pekerja konstruksi", "2003-04-01", "2008-04-01"],
  ["h07", 0, "MY", "Pekerja perkebunan sawit", "2009-02-01", "2014-02-01"],
  ["h17", 0, "MY", "Pekerja perkebunan sawit", "2001-06-01", "2006-06-01"],
  ["h20", 0, "KR", "Pekerja manufaktur (EPS)", "2005-03-01", "2010-03-01"],
  ["h14", 0, "MY", "Pekerja perkebunan", "2000-01-15", "2003-01-15"],
];

/** Prospective migrants (CPMI) registered by the village: [household, member, country, sector, planned departure, procedural]. */
export const prospectiveEpisodes: [string, number, string, string, string, boolean][] = [
  ["h03", 2, "JP", "Pemagang manufaktur", "2027-03-01", true],
  ["h08", 2, "KR", "Pekerja manufaktur (EPS)", "2027-02-15", true],
  ["h20", 2, "KR", "Pekerja manufaktur (EPS)", "2027-04-01", true],
  ["h17", 2, "MY", "Pekerja perkebunan sawit", "2026-09-01", false],
  ["h05", 2, "TW", "Operator pabrik", "2027-01-10", true],
  ["h12", 2, "JP", "Perawat lansia (kaigo)", "2027-05-01", true],
];

/** Villagers who are founding/ordinary cooperative members but not in a seeded household. */
export const extraMembers: Record<string, [string, G, number][]> = {
  juntinyuat: [["Tarsinah", "F", 1975]],
  krasak: [
    ["Rasiwan", "M", 1972],
    ["Kurniasih", "F", 1984],
  ],
  lipursari: [
    ["Sukarno", "M", 1968],
    ["Wartini", "F", 1979],
  ],
  kalisabuk: [["Siti Mukaromah", "F", 1985]],
  sidoharjo: [
    ["Wayan Sukadana", "M", 1976],
    ["Ngadiyem", "F", 1970],
  ],
  wanasaba: [
    ["Lalu Sahabudin", "M", 1972],
    ["Inaq Masnah", "F", 1968],
    ["Abdul Hakim", "M", 1980],
  ],
  bringinan: [
    ["Sarmi", "F", 1974],
    ["Jemiran", "M", 1967],
  ],
};
