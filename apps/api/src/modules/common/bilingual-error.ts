// Free of the builder, so services and the error classes they throw (auth, payments, amount-range) can extend it
// without importing the schema, and common/errors.ts can import those classes without a cycle.

/**
 * An expected failure a villager reads: its message in Bahasa Indonesia (`message`) and English (`messageEn`).
 * Subclasses name the rule that refused the request; the API answers in the caller's language.
 */
export class BilingualError extends Error {
  readonly messageEn: string;
  constructor(messageId: string, messageEn: string) {
    super(messageId);
    this.name = new.target.name;
    this.messageEn = messageEn;
  }
}

/**
 * The base class of an error that always says the same thing, in both languages:
 * `export class ProgramClosedError extends fixedMessage("…", "…") {}`.
 */
export function fixedMessage(messageId: string, messageEn: string) {
  return class extends BilingualError {
    constructor() {
      super(messageId, messageEn);
    }
  };
}
