/**
 * The consent an applicant gives when applying to a program: one source of truth, in Bahasa Indonesia and English.
 * An application records the version it accepted; any change to the text takes a new version.
 */
export const PROGRAM_CONSENT = {
  version: "2026-12-1",
  textId:
    "Saya setuju nama saya, status pendaftaran dan kehadiran saya dicatat dan dilihat oleh penyelenggara program ini, " +
    "dan nama saya dicetak pada sertifikat. Mitra hanya melihat jumlah peserta, bukan siapa mereka.",
  textEn:
    "I agree that my name, application status and attendance are recorded and seen by this program's organiser, " +
    "and that my name is printed on the certificate. Partners see only numbers of participants, never who they are.",
} as const;
