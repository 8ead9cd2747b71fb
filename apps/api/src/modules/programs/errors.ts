import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** An application without the applicant's consent to the current consent text. */
export class ProgramConsentRequiredError extends BilingualError {
  readonly currentVersion: string;
  constructor(currentVersion: string) {
    super(
      "Centang persetujuan untuk mendaftar: penyelenggara perlu izin Anda untuk mencatat nama dan kehadiran.",
      "Tick the consent box to apply: the organiser needs your permission to record your name and attendance.",
    );
    this.currentVersion = currentVersion;
  }
}

/** The enrolment is not in a status from which this step is allowed (e.g. completing a rejected application). */
export class EnrolmentStatusError extends BilingualError {
  readonly status: string;
  constructor(status: string, messageId: string, messageEn: string) {
    super(messageId, messageEn);
    this.status = status;
  }
}

/** The program has ended: it takes no more applications. */
export class ProgramClosedError extends fixedMessage(
  "Program ini sudah selesai dan tidak menerima pendaftaran lagi.",
  "This program has ended and takes no more applications.",
) {}
