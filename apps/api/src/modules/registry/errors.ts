import type { MigrationEpisode } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** A person with this NIK is already registered. Says nothing about who or where: the NIK is sensitive. */
export class DuplicatePersonError extends fixedMessage(
  "NIK ini sudah terdaftar. Periksa kembali data penduduk sebelum mendaftarkan ulang.",
  "This NIK is already registered. Check the residents' records before registering again.",
) {}

/** UU 27/2022: no consent, no record. */
export class ConsentRequiredError extends fixedMessage(
  "Data pekerja migran hanya boleh dicatat dengan persetujuan yang bersangkutan.",
  "A migrant worker's data may be recorded only with their consent.",
) {}

/** A status change that does not follow PROSPECTIVE -> ABROAD -> RETURNED (or a case change not allowed). */
export class InvalidStatusTransitionError extends BilingualError {
  readonly from: string | null;
  readonly to: string;
  constructor(from: string | null, to: string);
  constructor(from: string | null, to: string, messageId: string, messageEn: string);
  constructor(from: string | null, to: string, messageId?: string, messageEn?: string) {
    super(
      messageId ?? `Status tidak dapat diubah dari ${from ?? "(tidak ada)"} ke ${to}.`,
      messageEn ?? `The status cannot change from ${from ?? "(none)"} to ${to}.`,
    );
    this.from = from;
    this.to = to;
  }
}

/** Dates of an episode that contradict each other or lie in the future. */
export class InvalidEpisodeDatesError extends BilingualError {
  constructor(messageId: string, messageEn: string) {
    super(messageId, messageEn);
  }
}

/**
 * The stint changed after the officer saw it (another officer, or an entry sent late from a phone's offline queue):
 * nothing was changed. Carries the stint as it is now, so the officer can compare and send again or discard.
 */
export class MigrationEpisodeConflictError extends BilingualError {
  readonly current: MigrationEpisode & { person: { villageId: string } };
  constructor(current: MigrationEpisode & { person: { villageId: string } }) {
    super(
      "Catatan migrasi ini sudah diubah orang lain sejak Anda membukanya; perubahan Anda belum disimpan. Bandingkan dengan data terbaru, lalu kirim ulang atau batalkan.",
      "This migration record was changed by someone else after you opened it; your change was not saved. Compare it with the latest data, then send it again or discard it.",
    );
    this.current = current;
  }
}
