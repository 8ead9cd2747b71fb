export class ShuAlreadyRunError extends Error {
  readonly fiscalYear: number;
  constructor(fiscalYear: number) {
    super(`SHU tahun buku ${fiscalYear} sudah dibagikan. Batalkan dulu pembagian itu bila perlu diulang.`);
    this.name = "ShuAlreadyRunError";
    this.fiscalYear = fiscalYear;
  }
}

export class ShuAlreadyReversedError extends Error {
  constructor() {
    super("Pembagian SHU ini sudah dibatalkan.");
    this.name = "ShuAlreadyReversedError";
  }
}

export class NoActiveMembersError extends Error {
  constructor() {
    super("Koperasi belum memiliki anggota aktif untuk menerima SHU.");
    this.name = "NoActiveMembersError";
  }
}
