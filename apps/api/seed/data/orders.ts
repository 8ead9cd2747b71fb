// Marketplace orders of the past year. Each goes through the real checkout (cart -> placeOrder), the treasurer's
// confirmPayment, the seller's steps (confirmOrder -> shipOrder) and the buyer's confirmReceipt (the seller's
// deliverOrder for cash on delivery), so its payment, the settlement to the business and the cooperative's fee are real
// ledger entries. Lines of several businesses make one order each.

export type OrderOutcome = "PAID" | "CONFIRMED" | "SHIPPED" | "DELIVERED" | "CANCELLED";

export interface OrderSeed {
  /** Email of a seeded user (see recipients for where the goods go). */
  buyer: string;
  placedOn: string;
  hourWib: number;
  paymentMethod: "BANK_TRANSFER" | "CASH_ON_DELIVERY";
  lines: [business: string, product: string, quantity: number][];
  /** Where the order stands today. A CANCELLED order was paid, then cancelled by the buyer and refunded. */
  outcome: OrderOutcome;
  cancelReason?: string;
}

export const recipients: Record<string, { recipientName: string; phone: string; address: string }> = {
  "pembeli@desamigran.id": {
    recipientName: "Rina Kartika",
    phone: "+6281311245678",
    address: "Jl. Tebet Barat Dalam IV No. 21, Tebet, Jakarta Selatan 12810",
  },
  "mitra@desamigran.id": {
    recipientName: "Ratna Permatasari",
    phone: "+6281227781234",
    address: "Jl. Kaliurang Km 5,6 Gg. Pandega Marta No. 7, Sleman, DI Yogyakarta 55281",
  },
  "yayasan@mitra.desamigran.id": {
    recipientName: "Yuni Kartikasari",
    phone: "+6285712340987",
    address: "Jl. Pahlawan No. 45, Kecamatan Sukajadi, Kota Bandung 40162",
  },
  "rantaipangan@mitra.desamigran.id": {
    recipientName: "Andreas Wibowo (Gudang PT Rantai Pangan Nusantara)",
    phone: "+6282134567812",
    address: "Kawasan Pergudangan Margomulyo Indah Blok C-12, Surabaya 60186",
  },
  "desa@desamigran.id": {
    recipientName: "Nurul Hidayah",
    phone: "+6281324456789",
    address: "Blok Pesisir RT 03/RW 02, Desa Juntinyuat, Kec. Juntinyuat, Indramayu 45282",
  },
  "keluarga@desamigran.id": {
    recipientName: "Tarmidi",
    phone: "+6281398765432",
    address: "Blok Karanganyar RT 05/RW 01, Desa Juntinyuat, Kec. Juntinyuat, Indramayu 45282",
  },
};

type OrderRow = [
  buyer: string,
  placedOn: string,
  hourWib: number,
  paymentMethod: OrderSeed["paymentMethod"],
  outcome: OrderOutcome,
  cancelReason: string | null,
  lines: OrderSeed["lines"],
];

function order([buyer, placedOn, hourWib, paymentMethod, outcome, cancelReason, lines]: OrderRow): OrderSeed {
  return {
    buyer,
    placedOn,
    hourWib,
    paymentMethod,
    outcome,
    ...(cancelReason === null ? {} : { cancelReason }),
    lines,
  };
}

// One line an order, oldest first: [buyer, placed on, hour (WIB), payment, outcome, cancel reason, lines].
// prettier-ignore
const orderRows: OrderRow[] = [
  ["pembeli@desamigran.id", "2025-12-14", 20, "BANK_TRANSFER", "DELIVERED", null, [["batik-dermayon-warsini", "Batik Cap Motif Iwak Etong", 1], ["terasi-ikan-asin-bu-casmini", "Ikan Teri Nasi Kering 250 g", 2]]],
  ["rantaipangan@mitra.desamigran.id", "2026-01-20", 10, "BANK_TRANSFER", "DELIVERED", null, [["bawang-goreng-krasak", "Bawang Goreng Krasak 500 g", 10], ["jenang-emping-bu-sumini", "Emping Melinjo Mentah 500 g", 10]]],
  ["pembeli@desamigran.id", "2026-03-09", 21, "BANK_TRANSFER", "DELIVERED", null, [["keripik-singkong-mbak-siti", "Keripik Singkong Pedas Daun Jeruk 500 g", 2], ["bawang-goreng-krasak", "Bawang Goreng Krasak 200 g", 2]]],
  ["mitra@desamigran.id", "2026-03-12", 13, "BANK_TRANSFER", "DELIVERED", null, [["kopi-sindoro-lipursari", "Kopi Arabika Sindoro Biji Sangrai 200 g", 4], ["gula-kelapa-kalisabuk", "Gula Semut Jahe Instan 250 g", 3]]],
  ["keluarga@desamigran.id", "2026-04-18", 16, "CASH_ON_DELIVERY", "DELIVERED", null, [["kerupuk-udang-dua-saudara", "Kerupuk Udang Mentah 500 g", 3]]],
  ["yayasan@mitra.desamigran.id", "2026-05-26", 11, "BANK_TRANSFER", "DELIVERED", null, [["anyaman-eceng-gondok-kartini", "Tas Anyaman Eceng Gondok", 5], ["anyaman-eceng-gondok-kartini", "Set Tatakan Gelas Eceng Gondok (6 buah)", 5]]],
  ["pembeli@desamigran.id", "2026-06-02", 19, "BANK_TRANSFER", "DELIVERED", null, [["batik-dermayon-warsini", "Kemeja Batik Dermayon Pria", 1], ["terasi-ikan-asin-bu-casmini", "Terasi Rebon Juntinyuat 250 g", 2]]],
  ["desa@desamigran.id", "2026-07-15", 9, "BANK_TRANSFER", "DELIVERED", null, [["kopi-robusta-way-panji", "Kopi Robusta Lampung Bubuk 500 g", 2], ["keripik-pisang-mbak-ngatini", "Keripik Pisang Cokelat 250 g", 6]]],
  ["mitra@desamigran.id", "2026-09-03", 14, "BANK_TRANSFER", "DELIVERED", null, [["madu-trigona-wanasaba", "Madu Trigona (Kelulut) 250 ml", 2], ["tenun-ikat-sasak-baiq", "Syal Tenun Sasak", 1]]],
  ["pembeli@desamigran.id", "2026-09-05", 20, "BANK_TRANSFER", "DELIVERED", null, [["keripik-singkong-mbak-siti", "Keripik Singkong Balado 250 g", 4], ["keripik-singkong-mbak-siti", "Keripik Singkong Original 250 g", 2]]],
  ["rantaipangan@mitra.desamigran.id", "2026-09-21", 10, "BANK_TRANSFER", "DELIVERED", null, [["abon-ikan-segara", "Abon Ikan Tuna 200 g", 10], ["abon-ikan-segara", "Abon Ikan Tongkol Pedas 200 g", 10]]],
  ["pembeli@desamigran.id", "2026-09-27", 20, "BANK_TRANSFER", "CANCELLED", "Salah pilih barang, akan pesan ulang.", [["reog-mini-purwanto", "Topeng Bujang Ganong Ukir", 1]]],
  ["keluarga@desamigran.id", "2026-10-08", 17, "CASH_ON_DELIVERY", "DELIVERED", null, [["keripik-tempe-tukiyem", "Keripik Tempe Sagu Original 200 g", 5], ["keripik-tempe-tukiyem", "Keripik Tempe Pedas 200 g", 5]]],
  ["pembeli@desamigran.id", "2026-10-24", 21, "BANK_TRANSFER", "DELIVERED", null, [["jenang-emping-bu-sumini", "Emping Melinjo Pedas Manis 250 g", 3], ["sale-pisang-bu-rusmini", "Sale Pisang Basah 500 g", 2]]],
  ["yayasan@mitra.desamigran.id", "2026-11-10", 15, "BANK_TRANSFER", "DELIVERED", null, [["tapis-sulam-usus-rohmah", "Dompet Tapis Motif Kapal", 4]]],
  ["mitra@desamigran.id", "2026-11-14", 12, "BANK_TRANSFER", "DELIVERED", null, [["keripik-singkong-mbak-siti", "Paket Oleh-oleh Keripik 3 Rasa", 3]]],
  ["pembeli@desamigran.id", "2026-11-22", 19, "BANK_TRANSFER", "SHIPPED", null, [["keripik-jamur-suparmi", "Keripik Jamur Tiram 150 g", 4], ["jajanan-sasak-sahnun", "Dodol Rumput Laut 250 g", 3]]],
  // The treasurer confirmed the transfer; the seller has not accepted the order yet.
  ["rantaipangan@mitra.desamigran.id", "2026-11-25", 10, "BANK_TRANSFER", "PAID", null, [["bawang-goreng-krasak", "Bawang Goreng Krasak 500 g", 10]]],
  ["desa@desamigran.id", "2026-11-26", 8, "CASH_ON_DELIVERY", "CONFIRMED", null, [["kopi-sindoro-lipursari", "Kopi Robusta Wonosobo Bubuk 250 g", 2]]],
  // Pak Daskan's business has no cooperative yet: no treasurer to confirm a transfer, so cash on delivery.
  ["pembeli@desamigran.id", "2026-11-26", 20, "CASH_ON_DELIVERY", "CONFIRMED", null, [["mangga-gincu-pak-daskan", "Dodol Mangga 250 g", 4]]],
];

export const orders: OrderSeed[] = orderRows.map(order);
