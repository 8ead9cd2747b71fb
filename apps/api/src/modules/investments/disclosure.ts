/**
 * The risk statement a family reads and accepts before it pledges: one source of truth, in Bahasa Indonesia and
 * English. A pledge records the version it accepted. Any change to the text takes a new version (date and a
 * serial), so a family that read an older text is asked to read the new one before its pledge is taken.
 */
export interface PledgeDisclosure {
  version: string;
  paragraphsId: readonly string[];
  paragraphsEn: readonly string[];
}

export const CURRENT_DISCLOSURE: PledgeDisclosure = {
  version: "2026-12-1",
  paragraphsId: [
    "Uang yang Anda tanamkan bisa hilang, sebagian atau seluruhnya. Usaha bisa merugi, terlambat membayar, atau gagal bayar.",
    "Pengembalian modal dan bagi hasil tidak dijamin oleh siapa pun: tidak oleh koperasi, tidak oleh desa, tidak oleh platform ini. Ini bukan tabungan bank dan tidak dijamin oleh LPS.",
    "Uang yang sudah ditanamkan tidak bisa ditarik kapan saja. Uang baru kembali sesuai jadwal angsuran atau bagi hasil, atau dikembalikan penuh jika putaran tidak mencapai target sampai batas waktu.",
    "Koperasi desa mengelola putaran ini: memeriksa usaha, menyimpan dana di rekening penampung sampai target tercapai, mencairkannya ke usaha, dan mencatat setiap angsuran. Koperasi tidak menanggung kerugian usaha.",
    "Untuk putaran publik, OJK (POJK 57/2020) membatasi investasi Anda: paling banyak 5% dari penghasilan setahun (10% jika penghasilan di atas Rp 500 juta), untuk semua putaran publik dalam satu tahun.",
    "Tanamkan hanya uang yang tidak Anda perlukan untuk kebutuhan sehari-hari, sekolah, atau kesehatan keluarga. Jika ragu, tanyakan dulu kepada pengurus koperasi.",
  ],
  paragraphsEn: [
    "The money you put in can be lost, in part or in full. The business may make a loss, pay late or not pay at all.",
    "Repayment of your money and any profit share is guaranteed by no one: not the cooperative, not the village, not this platform. This is not a bank deposit and is not insured by LPS (the deposit insurer).",
    "Money you have put in cannot be taken out at any time. It comes back only by the instalment or profit-share schedule, or in full if the round misses its target by the deadline.",
    "The village cooperative administers this round: it checks the business, holds the money in an escrow account until the target is reached, pays it to the business and records every instalment. The cooperative does not cover the business's losses.",
    "For public rounds, OJK (POJK 57/2020) caps what you may invest: at most 5% of your yearly income (10% above Rp 500 million), across all public rounds in a year.",
    "Put in only money your family does not need for daily life, school or health. If in doubt, ask the cooperative's officers first.",
  ],
};
