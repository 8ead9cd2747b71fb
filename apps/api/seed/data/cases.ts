// Confidential protection cases with their status history. Person refs are "household:member".

type Status = "REPORTED" | "IN_PROGRESS" | "REFERRED" | "RESOLVED" | "CLOSED_UNRESOLVED";

export interface CaseSeed {
  person: string;
  villageKey: string;
  type: "UNPAID_WAGES" | "FRAUD" | "DEPORTATION" | "ABUSE" | "FAILED_DEPARTURE" | "WANTS_TO_RETURN" | "OTHER";
  summary: string;
  countryOfIncident?: string;
  referralAgency?: string;
  events: [status: Status, on: string, note: string][];
}

export const cases: CaseSeed[] = [
  {
    person: "h02:1",
    villageKey: "juntinyuat",
    type: "UNPAID_WAGES",
    countryOfIncident: "SA",
    referralAgency: "BP3MI Jawa Barat",
    summary:
      "Suami melapor bahwa gaji istrinya empat bulan terakhir belum dibayar majikan di Riyadh. Komunikasi dengan pekerja masih lancar lewat telepon.",
    events: [
      ["REPORTED", "2026-10-02", "Laporan diterima di pos layanan migrasi balai desa."],
      ["IN_PROGRESS", "2026-10-04", "Data kontrak kerja dan kontak agensi dikumpulkan dari keluarga."],
      ["REFERRED", "2026-10-09", "Dirujuk ke BP3MI Jawa Barat untuk diteruskan ke KBRI Riyadh."],
    ],
  },
  {
    person: "h17:2",
    villageKey: "wanasaba",
    type: "FRAUD",
    countryOfIncident: "MY",
    referralAgency: "Polsek Wanasaba",
    summary:
      "Calon pekerja diminta membayar Rp 15 juta kepada calo untuk berangkat ke perkebunan di Malaysia tanpa prosedur resmi. Satgas PMI desa menghentikan keberangkatan.",
    events: [
      ["REPORTED", "2026-08-20", "Satgas PMI menerima informasi dari tetangga."],
      ["IN_PROGRESS", "2026-08-21", "Keluarga didampingi; keberangkatan dibatalkan."],
      ["REFERRED", "2026-08-25", "Dilaporkan ke Polsek Wanasaba dengan bukti transfer."],
      [
        "RESOLVED",
        "2026-10-30",
        "Sebagian uang dikembalikan calo; calon pekerja didaftarkan ke pelatihan migrasi aman.",
      ],
    ],
  },
  {
    person: "h12:1",
    villageKey: "kalisabuk",
    type: "WANTS_TO_RETURN",
    countryOfIncident: "HK",
    summary:
      "Pekerja sakit dan ingin pulang sebelum kontrak berakhir; keluarga menanyakan hak tiket pulang dan sisa gaji.",
    events: [
      ["REPORTED", "2026-11-20", "Keluarga melapor ke kantor desa."],
      ["IN_PROGRESS", "2026-11-22", "Petugas desa menghubungi agensi penempatan untuk meminta kejelasan."],
    ],
  },
];
