import type { ProtectionCase } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** A resolved or closed case is final: it cannot change status again. */
export class ProtectionCaseClosedError extends BilingualError {
  readonly status: string;
  constructor(status: string) {
    super("Kasus ini sudah ditutup dan tidak dapat diubah lagi.", "This case is closed and can no longer change.");
    this.status = status;
  }
}

/** A case may be handed over only to an officer of the same village. */
export class InvalidCaseHandlerError extends fixedMessage(
  "Petugas tujuan harus perangkat desa dari desa yang sama.",
  "The case can be handed only to a village officer of the same village.",
) {}

/**
 * The case changed after the officer saw it (another step, or an entry sent late from a phone's offline queue):
 * nothing was changed. Carries the case as it is now, so the officer can compare and send again or discard.
 */
export class ProtectionCaseConflictError extends BilingualError {
  readonly current: ProtectionCase;
  constructor(current: ProtectionCase) {
    super(
      "Kasus ini sudah diubah sejak Anda membukanya; langkah Anda belum disimpan. Bandingkan dengan data terbaru, lalu kirim ulang atau batalkan.",
      "This case changed after you opened it; your step was not saved. Compare it with the latest data, then send it again or discard it.",
    );
    this.current = current;
  }
}
