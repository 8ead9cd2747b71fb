import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** The program has as many active enrolments (not withdrawn) as its capacity. */
export class ProgramFullError extends BilingualError {
  readonly capacity: number;
  constructor(capacity: number) {
    super(
      `Program sudah penuh (kapasitas ${capacity} peserta).`,
      `The program is full (room for ${capacity} participants).`,
    );
    this.capacity = capacity;
  }
}

/** The person already has an enrolment (of any status) in this program. */
export class AlreadyEnrolledError extends fixedMessage(
  "Orang ini sudah terdaftar di program ini.",
  "This person is already enrolled in this program.",
) {}

/** A program's capacity edited below the number of participants already accepted. */
export class CapacityBelowTakenError extends BilingualError {
  readonly taken: number;
  constructor(taken: number) {
    super(
      `Kapasitas tidak boleh kurang dari peserta yang sudah diterima (${taken}).`,
      `The capacity cannot be below the participants already accepted (${taken}).`,
    );
    this.taken = taken;
  }
}
