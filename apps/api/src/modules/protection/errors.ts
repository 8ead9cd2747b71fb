/** A resolved or closed case is final: it cannot change status again. */
export class ProtectionCaseClosedError extends Error {
  readonly status: string;
  constructor(status: string) {
    super("Kasus ini sudah ditutup dan tidak dapat diubah lagi.");
    this.name = "ProtectionCaseClosedError";
    this.status = status;
  }
}

/** A case may be handed over only to an officer of the same village. */
export class InvalidCaseHandlerError extends Error {
  constructor() {
    super("Petugas tujuan harus perangkat desa dari desa yang sama.");
    this.name = "InvalidCaseHandlerError";
  }
}
