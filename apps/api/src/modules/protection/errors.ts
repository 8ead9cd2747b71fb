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
