import { fixedMessage } from "../common/bilingual-error.ts";

/** A village cannot be linked to itself. */
export class SameVillageError extends fixedMessage(
  "Desa tidak dapat ditautkan dengan dirinya sendiri.",
  "A village cannot be linked to itself.",
) {}

/** The two villages are already linked (in either direction). */
export class VillageLinkExistsError extends fixedMessage(
  "Kedua desa ini sudah bertautan.",
  "These two villages are already linked.",
) {}
