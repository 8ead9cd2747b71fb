import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

export class ShuAlreadyRunError extends BilingualError {
  readonly fiscalYear: number;
  constructor(fiscalYear: number) {
    super(
      `SHU tahun buku ${fiscalYear} sudah dibagikan. Batalkan dulu pembagian itu bila perlu diulang.`,
      `The SHU for fiscal year ${fiscalYear} has already been shared out. Reverse that run first if it must be redone.`,
    );
    this.fiscalYear = fiscalYear;
  }
}

export class ShuAlreadyReversedError extends fixedMessage(
  "Pembagian SHU ini sudah dibatalkan.",
  "This SHU run has already been reversed.",
) {}

export class NoActiveMembersError extends fixedMessage(
  "Koperasi belum memiliki anggota aktif untuk menerima SHU.",
  "The cooperative has no active members yet to receive the SHU.",
) {}

const rupiah = (amount: bigint, locale: "id-ID" | "en-GB") => `Rp ${amount.toLocaleString(locale)}`;

/** A year's SHU is shared out only after that year's RAT adopted the annual report and its surplus. */
export class ShuNotAdoptedError extends BilingualError {
  readonly fiscalYear: number;
  constructor(fiscalYear: number) {
    super(
      `SHU tahun buku ${fiscalYear} belum bisa dibagikan: RAT tahun buku ${fiscalYear} belum mengesahkan laporan tahunan dan jumlah SHU-nya. Adakan RAT dengan usulan pengesahan laporan tahunan; setelah usulan itu disetujui, SHU bisa dibagikan.`,
      `The SHU for fiscal year ${fiscalYear} cannot be shared out yet: the ${fiscalYear} annual meeting (RAT) has not adopted the annual report and its surplus. Hold the RAT with a motion to adopt the annual report; once it is carried, the SHU can be shared out.`,
    );
    this.fiscalYear = fiscalYear;
  }
}

/** The run shares out exactly the surplus the RAT adopted. */
export class ShuAmountNotAdoptedError extends BilingualError {
  readonly fiscalYear: number;
  readonly adoptedSurplusIdr: bigint;
  constructor(fiscalYear: number, adoptedSurplusIdr: bigint) {
    super(
      `Jumlah SHU harus sama dengan yang disahkan RAT tahun buku ${fiscalYear}: ${rupiah(adoptedSurplusIdr, "id-ID")}.`,
      `The SHU must be the amount the ${fiscalYear} RAT adopted: ${rupiah(adoptedSurplusIdr, "en-GB")}.`,
    );
    this.fiscalYear = fiscalYear;
    this.adoptedSurplusIdr = adoptedSurplusIdr;
  }
}
