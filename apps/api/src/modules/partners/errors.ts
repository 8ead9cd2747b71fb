/** The program has as many active enrolments (not withdrawn) as its capacity. */
export class ProgramFullError extends Error {
  readonly capacity: number;
  constructor(capacity: number) {
    super(`Program sudah penuh (kapasitas ${capacity} peserta).`);
    this.name = "ProgramFullError";
    this.capacity = capacity;
  }
}

/** The person already has an enrolment (of any status) in this program. */
export class AlreadyEnrolledError extends Error {
  constructor() {
    super("Orang ini sudah terdaftar di program ini.");
    this.name = "AlreadyEnrolledError";
  }
}
