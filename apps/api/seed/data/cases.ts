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

type CaseRow = [
  person: string,
  villageKey: string,
  type: CaseSeed["type"],
  countryOfIncident: string | null,
  referralAgency: string | null,
  summary: string,
];

/** Each case's status history, oldest first: [person of the case, status, on, note]. */
// prettier-ignore
const eventRows: [person: string, ...CaseSeed["events"][number]][] = [
  ["h02:1", "REPORTED", "2026-10-02", "Laporan diterima di pos layanan migrasi balai desa."],
  ["h02:1", "IN_PROGRESS", "2026-10-04", "Data kontrak kerja dan kontak agensi dikumpulkan dari keluarga."],
  ["h02:1", "REFERRED", "2026-10-09", "Dirujuk ke BP3MI Jawa Barat untuk diteruskan ke KBRI Riyadh."],
  ["h17:2", "REPORTED", "2026-08-20", "Satgas PMI menerima informasi dari tetangga."],
  ["h17:2", "IN_PROGRESS", "2026-08-21", "Keluarga didampingi; keberangkatan dibatalkan."],
  ["h17:2", "REFERRED", "2026-08-25", "Dilaporkan ke Polsek Wanasaba dengan bukti transfer."],
  ["h17:2", "RESOLVED", "2026-10-30", "Sebagian uang dikembalikan calo; calon pekerja didaftarkan ke pelatihan migrasi aman."],
  ["h12:1", "REPORTED", "2026-11-20", "Keluarga melapor ke kantor desa."],
  ["h12:1", "IN_PROGRESS", "2026-11-22", "Petugas desa menghubungi agensi penempatan untuk meminta kejelasan."],
];

function protectionCase(row: CaseRow): CaseSeed {
  const [person, villageKey, type, countryOfIncident, referralAgency, summary] = row;
  return {
    person,
    villageKey,
    type,
    ...(countryOfIncident === null ? {} : { countryOfIncident }),
    ...(referralAgency === null ? {} : { referralAgency }),
    summary,
    events: eventRows.filter(([p]) => p === person).map(([, ...event]) => event),
  };
}

// One line a case (a table, so the formatter leaves it in rows).
// prettier-ignore
const caseRows: CaseRow[] = [
  ["h02:1", "juntinyuat", "UNPAID_WAGES", "SA", "BP3MI Jawa Barat", "Suami melapor bahwa gaji istrinya empat bulan terakhir belum dibayar majikan di Riyadh. Komunikasi dengan pekerja masih lancar lewat telepon."],
  ["h17:2", "wanasaba", "FRAUD", "MY", "Polsek Wanasaba", "Calon pekerja diminta membayar Rp 15 juta kepada calo untuk berangkat ke perkebunan di Malaysia tanpa prosedur resmi. Satgas PMI desa menghentikan keberangkatan."],
  ["h12:1", "kalisabuk", "WANTS_TO_RETURN", "HK", null, "Pekerja sakit dan ingin pulang sebelum kontrak berakhir; keluarga menanyakan hak tiket pulang dan sisa gaji."],
];

export const cases: CaseSeed[] = caseRows.map(protectionCase);
