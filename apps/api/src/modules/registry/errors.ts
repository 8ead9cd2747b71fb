/** A person with this NIK is already registered. Says nothing about who or where: the NIK is sensitive. */
export class DuplicatePersonError extends Error {
  constructor() {
    super("NIK ini sudah terdaftar. Periksa kembali data penduduk sebelum mendaftarkan ulang.");
    this.name = "DuplicatePersonError";
  }
}

/** UU 27/2022: no consent, no record. */
export class ConsentRequiredError extends Error {
  constructor() {
    super("Data pekerja migran hanya boleh dicatat dengan persetujuan yang bersangkutan.");
    this.name = "ConsentRequiredError";
  }
}

/** A status change that does not follow PROSPECTIVE -> ABROAD -> RETURNED (or a case change not allowed). */
export class InvalidStatusTransitionError extends Error {
  readonly from: string | null;
  readonly to: string;
  constructor(from: string | null, to: string, message?: string) {
    super(message ?? `Status tidak dapat diubah dari ${from ?? "(tidak ada)"} ke ${to}.`);
    this.name = "InvalidStatusTransitionError";
    this.from = from;
    this.to = to;
  }
}

/** Dates of an episode that contradict each other or lie in the future. */
export class InvalidEpisodeDatesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "InvalidEpisodeDatesError";
  }
}
