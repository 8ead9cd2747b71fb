// One small template per kind of message, in Bahasa Indonesia and English: a subject, a few lines of plain text and
// at most one link. The HTML version is built from the same lines, so the two never say different things. Account
// messages (sign-up, password) are plain text only: see renderMessage. No GraphQL.
import type { MessageCategory } from "@desa-migran/db";

import { type Language, rupiah } from "../common/text.ts";

/** A rendered message, in one language. */
export interface RenderedMessage {
  subject: string;
  text: string;
  /** Null for account messages (plain text only). */
  html: string | null;
}

/** What a template writes, before the text and HTML are built from it. */
interface Draft {
  subject: string;
  lines: string[];
  link?: { path: string; label: string };
}

/**
 * "ACCOUNT" messages (sign-up, password) are always sent, also to an address that has no account yet; the others go
 * to users and can be turned off per category.
 */
export type Category = MessageCategory | "ACCOUNT";

interface Template<Data> {
  category: Category;
  write(data: Data, language: Language): Draft;
}

const both = (language: Language, id: string, en: string) => (language === "en" ? en : id);

const orderList = (numbers: readonly string[]) => numbers.join(", ");

const caseStatusWords: Record<string, [string, string]> = {
  REPORTED: ["laporan diterima", "reported"],
  VERIFIED: ["diverifikasi", "verified"],
  REFERRED: ["dirujuk", "referred"],
  IN_PROGRESS: ["sedang ditangani", "in progress"],
  RESOLVED: ["selesai", "resolved"],
  CLOSED_UNRESOLVED: ["ditutup tanpa penyelesaian", "closed unresolved"],
};

/** Every kind of message the platform sends, with the data its template needs. */
export const templates = {
  "order.placed.buyer": {
    category: "ORDERS",
    write: (d: { orderNumbers: string[]; totalIdr: bigint; transfer: boolean }, l) => ({
      subject: both(l, `Pesanan ${orderList(d.orderNumbers)} diterima`, `Order ${orderList(d.orderNumbers)} received`),
      lines: [
        both(
          l,
          `Terima kasih. Pesanan Anda (${orderList(d.orderNumbers)}) senilai ${rupiah(d.totalIdr, l)} sudah kami terima.`,
          `Thank you. Your order (${orderList(d.orderNumbers)}) of ${rupiah(d.totalIdr, l)} has been received.`,
        ),
        d.transfer
          ? both(
              l,
              "Bayar ke koperasi sebelum batas waktu dan kirim bukti transfer dari halaman pesanan.",
              "Pay the cooperative before the deadline and send the proof of transfer from the orders page.",
            )
          : both(l, "Anda membayar di tempat saat barang tiba.", "You pay in cash when the goods arrive."),
      ],
      link: { path: "/pesanan", label: both(l, "Lihat pesanan", "See your orders") },
    }),
  } satisfies Template<{ orderNumbers: string[]; totalIdr: bigint; transfer: boolean }>,
  "order.placed.seller": {
    category: "ORDERS",
    write: (d: { orderNumber: string; businessName: string; subtotalIdr: bigint }, l) => ({
      subject: both(l, `Pesanan baru ${d.orderNumber}`, `New order ${d.orderNumber}`),
      lines: [
        both(
          l,
          `${d.businessName} menerima pesanan ${d.orderNumber} senilai ${rupiah(d.subtotalIdr, l)}.`,
          `${d.businessName} received order ${d.orderNumber} of ${rupiah(d.subtotalIdr, l)}.`,
        ),
        both(
          l,
          "Kirim barang setelah pembayaran dikonfirmasi bendahara koperasi (atau langsung untuk bayar di tempat).",
          "Ship once the cooperative's treasurer confirms the payment (or at once for cash on delivery).",
        ),
      ],
      link: { path: "/usahaku", label: both(l, "Buka pesanan masuk", "Open incoming orders") },
    }),
  } satisfies Template<{ orderNumber: string; businessName: string; subtotalIdr: bigint }>,
  "order.paid.seller": {
    category: "ORDERS",
    write: (d: { orderNumber: string; businessName: string }, l) => ({
      subject: both(l, `Pesanan ${d.orderNumber} sudah dibayar`, `Order ${d.orderNumber} is paid`),
      lines: [
        both(
          l,
          `Bendahara koperasi mengonfirmasi pembayaran pesanan ${d.orderNumber} untuk ${d.businessName}. Silakan siapkan dan kirim barangnya.`,
          `The cooperative's treasurer confirmed the payment of order ${d.orderNumber} for ${d.businessName}. Please prepare and ship the goods.`,
        ),
      ],
      link: { path: "/usahaku", label: both(l, "Buka pesanan masuk", "Open incoming orders") },
    }),
  } satisfies Template<{ orderNumber: string; businessName: string }>,
  "payment.confirmed": {
    category: "ORDERS",
    write: (d: { reference: string; amountIdr: bigint; orderNumbers: string[] }, l) => ({
      subject: both(l, `Pembayaran ${d.reference} dikonfirmasi`, `Payment ${d.reference} confirmed`),
      lines: [
        both(
          l,
          `Koperasi menerima pembayaran Anda sebesar ${rupiah(d.amountIdr, l)} (${d.reference}). Pesanan ${orderList(d.orderNumbers)} sudah dibayar dan diteruskan ke penjual.`,
          `The cooperative received your payment of ${rupiah(d.amountIdr, l)} (${d.reference}). Order ${orderList(d.orderNumbers)} is paid and passed to the seller.`,
        ),
      ],
      link: { path: "/pesanan", label: both(l, "Lihat pesanan", "See your orders") },
    }),
  } satisfies Template<{ reference: string; amountIdr: bigint; orderNumbers: string[] }>,
  "payment.rejected": {
    category: "ORDERS",
    write: (d: { paymentId: string; reference: string; reason: string }, l) => ({
      subject: both(l, `Bukti pembayaran ${d.reference} ditolak`, `Proof of payment ${d.reference} refused`),
      lines: [
        both(
          l,
          `Bendahara koperasi belum menemukan pembayaran ${d.reference}. Alasannya: ${d.reason}`,
          `The cooperative's treasurer could not find payment ${d.reference}. The reason: ${d.reason}`,
        ),
        both(
          l,
          "Anda dapat mengirim bukti transfer lagi sebelum batas waktu.",
          "You can send a proof of transfer again before the deadline.",
        ),
      ],
      link: { path: `/pembayaran/${d.paymentId}`, label: both(l, "Buka pembayaran", "Open the payment") },
    }),
  } satisfies Template<{ paymentId: string; reference: string; reason: string }>,
  "order.cancelled": {
    category: "ORDERS",
    write: (d: { orderNumber: string; reason: string; toSeller: boolean }, l) => ({
      subject: both(l, `Pesanan ${d.orderNumber} dibatalkan`, `Order ${d.orderNumber} cancelled`),
      lines: [
        d.toSeller
          ? both(
              l,
              `Pembeli membatalkan pesanan ${d.orderNumber}. Alasannya: ${d.reason}`,
              `The buyer cancelled order ${d.orderNumber}. The reason: ${d.reason}`,
            )
          : both(
              l,
              `Pesanan ${d.orderNumber} dibatalkan. Alasannya: ${d.reason}. Uang yang sudah dibayar dikembalikan penuh.`,
              `Order ${d.orderNumber} was cancelled. The reason: ${d.reason}. Money already paid is refunded in full.`,
            ),
      ],
      link: d.toSeller
        ? { path: "/usahaku", label: both(l, "Buka pesanan masuk", "Open incoming orders") }
        : { path: "/pesanan", label: both(l, "Lihat pesanan", "See your orders") },
    }),
  } satisfies Template<{ orderNumber: string; reason: string; toSeller: boolean }>,
  "order.shipped": {
    category: "ORDERS",
    write: (d: { orderNumber: string; businessName: string }, l) => ({
      subject: both(l, `Pesanan ${d.orderNumber} dikirim`, `Order ${d.orderNumber} shipped`),
      lines: [
        both(
          l,
          `${d.businessName} sudah mengirim pesanan ${d.orderNumber}.`,
          `${d.businessName} has shipped order ${d.orderNumber}.`,
        ),
      ],
      link: { path: "/pesanan", label: both(l, "Lihat pesanan", "See your orders") },
    }),
  } satisfies Template<{ orderNumber: string; businessName: string }>,
  "order.delivered": {
    category: "ORDERS",
    write: (d: { orderNumber: string; businessName: string }, l) => ({
      subject: both(l, `Pesanan ${d.orderNumber} sudah sampai`, `Order ${d.orderNumber} delivered`),
      lines: [
        both(
          l,
          `Pesanan ${d.orderNumber} dari ${d.businessName} sudah sampai. Terima kasih telah berbelanja di Desa Migran.`,
          `Order ${d.orderNumber} from ${d.businessName} has been delivered. Thank you for shopping at Desa Migran.`,
        ),
      ],
      link: { path: "/pesanan", label: both(l, "Lihat pesanan", "See your orders") },
    }),
  } satisfies Template<{ orderNumber: string; businessName: string }>,
  "round.approved": {
    category: "INVESTMENTS",
    write: (d: { roundTitle: string }, l) => ({
      subject: both(l, `Putaran "${d.roundTitle}" disetujui koperasi`, `Round "${d.roundTitle}" approved`),
      lines: [
        both(
          l,
          `Koperasi menyetujui putaran pendanaan "${d.roundTitle}". Anda sekarang dapat membukanya untuk investor.`,
          `The cooperative approved the funding round "${d.roundTitle}". You can now open it to investors.`,
        ),
      ],
      link: { path: "/usahaku", label: both(l, "Buka usahaku", "Open my business") },
    }),
  } satisfies Template<{ roundTitle: string }>,
  "round.opened": {
    category: "INVESTMENTS",
    write: (d: { roundTitle: string; slug: string }, l) => ({
      subject: both(l, `Putaran "${d.roundTitle}" dibuka`, `Round "${d.roundTitle}" is open`),
      lines: [
        both(
          l,
          `Putaran pendanaan "${d.roundTitle}" sekarang terbuka untuk investor.`,
          `The funding round "${d.roundTitle}" is now open to investors.`,
        ),
      ],
      link: { path: `/pendanaan/${d.slug}`, label: both(l, "Lihat putaran", "See the round") },
    }),
  } satisfies Template<{ roundTitle: string; slug: string }>,
  "round.funded": {
    category: "INVESTMENTS",
    write: (d: { roundTitle: string; slug: string; targetIdr: bigint; toInvestor: boolean }, l) => ({
      subject: both(l, `Putaran "${d.roundTitle}" terdanai penuh`, `Round "${d.roundTitle}" is fully funded`),
      lines: [
        d.toInvestor
          ? both(
              l,
              `Putaran "${d.roundTitle}" yang Anda danai mencapai targetnya (${rupiah(d.targetIdr, l)}). Koperasi akan menyalurkan dananya ke usaha.`,
              `The round "${d.roundTitle}" you invested in reached its target (${rupiah(d.targetIdr, l)}). The cooperative will pass the money to the business.`,
            )
          : both(
              l,
              `Putaran "${d.roundTitle}" mencapai targetnya (${rupiah(d.targetIdr, l)}). Koperasi akan menyalurkan dananya ke usaha Anda.`,
              `The round "${d.roundTitle}" reached its target (${rupiah(d.targetIdr, l)}). The cooperative will pass the money to your business.`,
            ),
      ],
      link: { path: `/pendanaan/${d.slug}`, label: both(l, "Lihat putaran", "See the round") },
    }),
  } satisfies Template<{ roundTitle: string; slug: string; targetIdr: bigint; toInvestor: boolean }>,
  "round.arrears": {
    category: "INVESTMENTS",
    write: (d: { roundTitle: string; slug: string; dueOn: Date; owedIdr: bigint }, l) => ({
      subject: both(l, `Angsuran "${d.roundTitle}" menunggak`, `Instalment of "${d.roundTitle}" in arrears`),
      lines: [
        both(
          l,
          `Angsuran putaran "${d.roundTitle}" yang jatuh tempo ${formatDay(d.dueOn, l)} belum dibayar penuh: kurang ${rupiah(d.owedIdr, l)}.`,
          `The instalment of the round "${d.roundTitle}" due on ${formatDay(d.dueOn, l)} is not fully paid: ${rupiah(d.owedIdr, l)} is missing.`,
        ),
        both(
          l,
          "Catatan pembayaran putaran ini terbuka untuk semua investor. Koperasi menagih usaha; tidak ada yang menjamin pengembalian.",
          "The round's repayment record is open to every investor. The cooperative collects from the business; no one guarantees repayment.",
        ),
      ],
      link: { path: `/pendanaan/${d.slug}`, label: both(l, "Lihat catatan pembayaran", "See the repayment record") },
    }),
  } satisfies Template<{ roundTitle: string; slug: string; dueOn: Date; owedIdr: bigint }>,
  "protection.case.step": {
    category: "PROTECTION",
    // Personal data stays in the app: the message names the case's step, never the person or the summary.
    write: (d: { caseId: string; status: string; assigned: boolean }, l) => {
      const [id, en] = caseStatusWords[d.status] ?? [d.status, d.status];
      return {
        subject: d.assigned
          ? both(l, "Kasus perlindungan diserahkan kepada Anda", "A protection case was handed to you")
          : both(l, `Kasus perlindungan: ${id}`, `Protection case: ${en}`),
        lines: [
          d.assigned
            ? both(
                l,
                "Anda sekarang menangani sebuah kasus perlindungan. Buka kantor desa untuk membaca rinciannya.",
                "You now handle a protection case. Open the village office to read it.",
              )
            : both(
                l,
                `Kasus perlindungan yang Anda tangani berubah status menjadi "${id}". Rinciannya hanya ada di kantor desa.`,
                `A protection case you handle changed status to "${en}". Its details are in the village office only.`,
              ),
        ],
        link: { path: "/kantor-desa", label: both(l, "Buka kantor desa", "Open the village office") },
      };
    },
  } satisfies Template<{ caseId: string; status: string; assigned: boolean }>,
  "migration.document.expiring": {
    category: "PROTECTION",
    // Personal data stays in the app: the message names the document and its date, never the person.
    write: (d: { document: "PASSPORT" | "CONTRACT"; expiresOn: Date; villageSlug: string }, l) => {
      const [id, en] =
        d.document === "PASSPORT" ? ["Paspor", "The passport"] : ["Perjanjian kerja", "The work contract"];
      return {
        subject: both(l, `${id} calon PMI segera habis berlaku`, `${en} of a prospective migrant expires soon`),
        lines: [
          both(
            l,
            `${id} seorang calon PMI di desa Anda habis berlaku pada ${formatDay(d.expiresOn, l)}. Bantu perpanjang sebelum berangkat; rinciannya hanya ada di meja migrasi kantor desa.`,
            `${en} of a prospective migrant of your village expires on ${formatDay(d.expiresOn, l)}. Help renew it before departure; the details are in the village office's migration desk only.`,
          ),
        ],
        link: {
          path: `/kantor-desa/${encodeURIComponent(d.villageSlug)}/migrasi?tanda=dokumen`,
          label: both(l, "Buka meja migrasi", "Open the migration desk"),
        },
      };
    },
  } satisfies Template<{ document: "PASSPORT" | "CONTRACT"; expiresOn: Date; villageSlug: string }>,
  // Account messages keep the kinds (upper case) their outbox rows had before they moved here. Their links carry a
  // token, so auth builds them (with the origin the request came through) and the sentence shows them in full.
  SIGN_UP_CONFIRM: {
    category: "ACCOUNT",
    write: (d: { name: string; link: string }, l) => ({
      subject: both(l, "Aktifkan akun Desa Migran Anda", "Activate your Desa Migran account"),
      lines: [
        both(
          l,
          `Halo ${d.name}, buka tautan ini dalam 24 jam untuk mengaktifkan akun Anda: ${d.link}`,
          `Hello ${d.name}, open this link within 24 hours to activate your account: ${d.link}`,
        ),
      ],
    }),
  } satisfies Template<{ name: string; link: string }>,
  SIGN_UP_EXISTING: {
    category: "ACCOUNT",
    write: (d: { signInLink: string }, l) => ({
      subject: both(l, "Ada yang mencoba mendaftar dengan email Anda", "Someone tried to sign up with your email"),
      lines: [
        both(
          l,
          `Email ini sudah punya akun Desa Migran. Jika itu Anda, silakan masuk di ${d.signInLink}. Jika bukan, abaikan pesan ini.`,
          `This email already has a Desa Migran account. If it was you, sign in at ${d.signInLink}. If not, you can ignore this message.`,
        ),
      ],
    }),
  } satisfies Template<{ signInLink: string }>,
  PASSWORD_RESET: {
    category: "ACCOUNT",
    write: (d: { name: string; link: string }, l) => ({
      subject: both(l, "Atur ulang kata sandi Desa Migran Anda", "Reset your Desa Migran password"),
      lines: [
        both(
          l,
          `Halo ${d.name}, buka tautan ini dalam 1 jam untuk memilih kata sandi baru: ${d.link}`,
          `Hello ${d.name}, open this link within 1 hour to choose a new password: ${d.link}`,
        ),
        both(
          l,
          "Jika Anda tidak memintanya, abaikan pesan ini: kata sandi Anda tetap sama.",
          "If you did not ask for this, ignore this message: your password stays the same.",
        ),
      ],
    }),
  } satisfies Template<{ name: string; link: string }>,
  PASSWORD_CHANGED: {
    category: "ACCOUNT",
    /** `signedOutEverywhere`: changed by a reset link (every session ended), not from the account page. */
    write: (d: { name: string; signedOutEverywhere: boolean }, l) => ({
      subject: both(l, "Kata sandi Desa Migran Anda telah diganti", "Your Desa Migran password was changed"),
      lines: [
        d.signedOutEverywhere
          ? both(
              l,
              `Halo ${d.name}, kata sandi Anda baru saja diganti dan semua perangkat telah dikeluarkan. Jika ini bukan Anda, segera atur ulang kata sandi.`,
              `Hello ${d.name}, your password was just changed and every device was signed out. If this was not you, reset your password now.`,
            )
          : both(
              l,
              `Halo ${d.name}, kata sandi Anda baru saja diganti dari halaman akun. Jika ini bukan Anda, segera atur ulang kata sandi.`,
              `Hello ${d.name}, your password was just changed from your account page. If this was not you, reset your password now.`,
            ),
      ],
    }),
  } satisfies Template<{ name: string; signedOutEverywhere: boolean }>,
} as const;

export type MessageKind = keyof typeof templates;
export type MessageData<K extends MessageKind> = Parameters<(typeof templates)[K]["write"]>[0];

export const categoryOf = (kind: MessageKind): Category => templates[kind].category;

function formatDay(day: Date, language: Language) {
  return new Intl.DateTimeFormat(language === "en" ? "en-GB" : "id-ID", {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: "UTC",
  }).format(day);
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

const signature = (l: Language) =>
  both(
    l,
    "Pesan ini dikirim Desa Migran. Atur pesan yang Anda terima di",
    "This message is from Desa Migran. Choose which messages you get at",
  );

/**
 * Renders `kind` in `language`, with links on `webOrigin`. An account message is its lines alone, as plain text: no
 * HTML part (a link that holds the keys to an account is shown as the address it opens, never behind a label) and
 * no footer about choosing messages, since account messages cannot be turned off.
 */
export function renderMessage<K extends MessageKind>(
  kind: K,
  data: MessageData<K>,
  language: Language,
  webOrigin: string,
): RenderedMessage {
  const template = templates[kind] as unknown as Template<MessageData<K>>;
  const draft = template.write(data, language);
  if (template.category === "ACCOUNT") {
    return { subject: draft.subject.slice(0, 200), text: draft.lines.join("\n").slice(0, 8000), html: null };
  }
  const link = draft.link ? { href: `${webOrigin}${draft.link.path}`, label: draft.link.label } : null;
  const settings = `${webOrigin}/akun/pesan`;
  const text =
    [...draft.lines, ...(link ? [`${link.label}: ${link.href}`] : [])].join("\n\n") +
    `\n\n-- \n${signature(language)} ${settings}\n`;
  const html = [
    `<!doctype html><html lang="${language}"><body style="font-family:sans-serif;line-height:1.5">`,
    ...draft.lines.map((line) => `<p>${escapeHtml(line)}</p>`),
    ...(link ? [`<p><a href="${escapeHtml(link.href)}">${escapeHtml(link.label)}</a></p>`] : []),
    `<p style="color:#555;font-size:0.9em">${escapeHtml(signature(language))} `,
    `<a href="${escapeHtml(settings)}">${escapeHtml(settings)}</a></p></body></html>`,
  ].join("");
  return { subject: draft.subject.slice(0, 200), text: text.slice(0, 8000), html: html.slice(0, 16000) };
}
