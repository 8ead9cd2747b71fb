// Plain domain errors shared by every module; their GraphQL types are registered in ./error-types.ts.
import { BilingualError, fixedMessage } from "./bilingual-error.ts";

export { BilingualError };

/** Thrown by services when an object does not exist or the caller may not see it (both look the same). */
export class NotFoundError extends BilingualError {
  readonly entity: string;
  constructor(entity: string);
  constructor(entity: string, messageId: string, messageEn: string);
  constructor(
    entity: string,
    messageId = "Data tidak ditemukan atau Anda tidak memiliki akses.",
    messageEn = "Not found, or you do not have access to it.",
  ) {
    super(messageId, messageEn);
    this.entity = entity;
  }
}

/** Thrown when the caller is signed in but may not perform this action. */
export class ForbiddenError extends BilingualError {
  constructor();
  constructor(messageId: string, messageEn: string);
  constructor(
    messageId = "Anda tidak berwenang melakukan tindakan ini.",
    messageEn = "You are not allowed to do this.",
  ) {
    super(messageId, messageEn);
  }
}

/** A refusal or a return must say why: the person refused reads the reason. */
export class ReasonRequiredError extends fixedMessage(
  "Tuliskan alasannya (minimal 10 karakter): orang yang ditolak atau dikembalikan perlu tahu sebabnya.",
  "Write the reason (at least 10 characters): the person refused or sent back needs to know why.",
) {}
