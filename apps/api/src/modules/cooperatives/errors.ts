import type { MembershipStatus } from "@desa-migran/db";

/** The person already holds a membership (active or ended) in this cooperative; one membership per person. */
export class AlreadyMemberError extends Error {
  readonly memberNumber: string;
  readonly status: MembershipStatus;
  constructor(memberNumber: string, status: MembershipStatus) {
    super(
      status === "ACTIVE"
        ? `Orang ini sudah menjadi anggota (nomor anggota ${memberNumber}).`
        : `Orang ini pernah menjadi anggota (nomor anggota ${memberNumber}, sudah keluar).`,
    );
    this.name = "AlreadyMemberError";
    this.memberNumber = memberNumber;
    this.status = status;
  }
}

/** A cooperative's members live in its village (koperasi desa). */
export class PersonNotInVillageError extends Error {
  constructor() {
    super("Orang ini tidak tercatat sebagai warga desa koperasi ini.");
    this.name = "PersonNotInVillageError";
  }
}

export class MemberNumberTakenError extends Error {
  readonly memberNumber: string;
  constructor(memberNumber: string) {
    super(`Nomor anggota ${memberNumber} sudah dipakai.`);
    this.name = "MemberNumberTakenError";
    this.memberNumber = memberNumber;
  }
}

export class MembershipAlreadyEndedError extends Error {
  constructor() {
    super("Keanggotaan ini sudah berakhir.");
    this.name = "MembershipAlreadyEndedError";
  }
}
