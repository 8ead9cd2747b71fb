/** A village cannot be linked to itself. */
export class SameVillageError extends Error {
  constructor() {
    super("Desa tidak dapat ditautkan dengan dirinya sendiri.");
    this.name = "SameVillageError";
  }
}

/** The two villages are already linked (in either direction). */
export class VillageLinkExistsError extends Error {
  constructor() {
    super("Kedua desa ini sudah bertautan.");
    this.name = "VillageLinkExistsError";
  }
}
