import type { MembershipStatus } from "@desa-migran/db";

import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** The person already holds a membership (active or ended) in this cooperative; one membership per person. */
export class AlreadyMemberError extends BilingualError {
  readonly memberNumber: string;
  readonly status: MembershipStatus;
  constructor(memberNumber: string, status: MembershipStatus) {
    super(
      status === "ACTIVE"
        ? `Orang ini sudah menjadi anggota (nomor anggota ${memberNumber}).`
        : `Orang ini pernah menjadi anggota (nomor anggota ${memberNumber}, sudah keluar).`,
      status === "ACTIVE"
        ? `This person is already a member (member number ${memberNumber}).`
        : `This person was a member before (member number ${memberNumber}, has left).`,
    );
    this.memberNumber = memberNumber;
    this.status = status;
  }
}

/** A cooperative's members live in its village (koperasi desa). */
export class PersonNotInVillageError extends fixedMessage(
  "Orang ini tidak tercatat sebagai warga desa koperasi ini.",
  "This person is not recorded as a resident of this cooperative's village.",
) {}

export class MemberNumberTakenError extends BilingualError {
  readonly memberNumber: string;
  constructor(memberNumber: string) {
    super(`Nomor anggota ${memberNumber} sudah dipakai.`, `Member number ${memberNumber} is already taken.`);
    this.memberNumber = memberNumber;
  }
}

export class MembershipAlreadyEndedError extends fixedMessage(
  "Keanggotaan ini sudah berakhir.",
  "This membership has already ended.",
) {}
