// Refusals of the trust rules: who may call a business a returnee's, and under which cooperative's name it sells.
import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** The person named is not in the business's village registry with a RETURNED migration episode. */
export class NotAReturneeError extends fixedMessage(
  "Orang ini belum tercatat di register desa sebagai purna PMI (pekerja migran yang sudah pulang) dari desa usaha ini. " +
    "Catat dulu kepulangannya di register, lalu verifikasi lagi.",
  "This person is not in the registry of the business's village as a returned migrant worker (purna PMI). " +
    "Record their return in the registry first, then verify again.",
) {}

/** The owner's account already belongs to another person of the registry. */
export class OwnerIsAnotherPersonError extends fixedMessage(
  "Akun pemilik usaha sudah terhubung dengan orang lain di register desa; pilih orang yang sesuai dengan akun itu.",
  "The owner's account is already linked to another person in the village registry; choose the matching person.",
) {}

/** Withdrawing a verification that is not there. */
export class ReturneeNotVerifiedError extends fixedMessage(
  "Usaha ini belum terverifikasi sebagai usaha purna PMI.",
  "This business is not verified as a returnee's.",
) {}

/** The request was already accepted, declined or withdrawn: decisions are not taken twice. */
export class RequestAlreadyDecidedError extends BilingualError {
  readonly status: string;
  constructor(status: string) {
    super(
      "Permintaan ini sudah diputuskan sebelumnya; tidak bisa diputuskan lagi.",
      "This request has already been decided; it cannot be decided again.",
    );
    this.status = status;
  }
}

/** Another request of the business is waiting at the same moment (two requests raced). */
export class RequestPendingError extends fixedMessage(
  "Usaha ini sudah punya permintaan bergabung yang menunggu jawaban koperasi.",
  "This business already has a request waiting for a cooperative's answer.",
) {}
