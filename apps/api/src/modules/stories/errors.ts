import { fixedMessage } from "../common/bilingual-error.ts";

/** A village cannot be linked to itself. */
export class SameVillageError extends fixedMessage(
  "Desa tidak dapat ditautkan dengan dirinya sendiri.",
  "A village cannot be linked to itself.",
) {}

/** The two villages are already linked, or a request between them is pending (in either direction). */
export class VillageLinkExistsError extends fixedMessage(
  "Kedua desa ini sudah bertautan atau permintaan tautannya masih menunggu.",
  "These two villages are already linked, or a link request between them is waiting.",
) {}

/** The link request was already accepted or declined. */
export class VillageLinkNotPendingError extends fixedMessage(
  "Permintaan tautan ini sudah diputuskan sebelumnya.",
  "This link request has already been accepted or declined.",
) {}

/** Only a published good practice (kind PRACTICE) can be adopted. */
export class NotAPracticeError extends fixedMessage(
  "Hanya praktik baik yang sudah terbit yang dapat diadopsi.",
  "Only a published good practice can be adopted.",
) {}

/** A village does not adopt its own practice. */
export class OwnPracticeError extends fixedMessage(
  "Desa tidak dapat mengadopsi praktiknya sendiri.",
  "A village cannot adopt its own practice.",
) {}

/** The village already marked this practice as adopted. */
export class PracticeAlreadyAdoptedError extends fixedMessage(
  "Desa ini sudah menandai praktik ini sebagai diadopsi.",
  "This village has already adopted this practice.",
) {}
