import { BilingualError } from "../common/bilingual-error.ts";

/** A village cannot be linked to itself. */
export class SameVillageError extends BilingualError {
  constructor() {
    super("Desa tidak dapat ditautkan dengan dirinya sendiri.", "A village cannot be linked to itself.");
  }
}

/** The two villages are already linked (in either direction). */
export class VillageLinkExistsError extends BilingualError {
  constructor() {
    super("Kedua desa ini sudah bertautan.", "These two villages are already linked.");
  }
}
