// Demo sign-ins created by the seed (all share one password). For tests, the README and the login page hints.

export const DEMO_PASSWORD = "desa-migran-demo";

export const demoAccounts = {
  admin: { email: "admin@desamigran.id", name: "Admin Desa Migran", role: "Admin platform" },
  buyer: { email: "pembeli@desamigran.id", name: "Rina Kartika", role: "Pembeli" },
  household: { email: "keluarga@desamigran.id", name: "Tarmidi", role: "Kepala keluarga pekerja migran (Juntinyuat)" },
  entrepreneur: {
    email: "wirausaha@desamigran.id",
    name: "Siti Aminah",
    role: "Purna PMI pemilik Keripik Singkong Mbak Siti",
  },
  cooperativeOfficer: {
    email: "koperasi@desamigran.id",
    name: "Hj. Rohimah",
    role: "Ketua Koperasi Desa Merah Putih Juntinyuat",
  },
  villageOfficer: { email: "desa@desamigran.id", name: "Nurul Hidayah", role: "Perangkat Desa Juntinyuat" },
  partner: {
    email: "mitra@desamigran.id",
    name: "Dr. Ratna Permatasari",
    role: "Pemilik organisasi mitra (universitas)",
  },
} as const;

export type DemoAccountKey = keyof typeof demoAccounts;
