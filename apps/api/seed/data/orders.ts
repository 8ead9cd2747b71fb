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

export const orders: OrderSeed[] = [
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2025-12-14",
    hourWib: 20,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["batik-dermayon-warsini", "Batik Cap Motif Iwak Etong", 1],
      ["terasi-ikan-asin-bu-casmini", "Ikan Teri Nasi Kering 250 g", 2],
    ],
  },
  {
    buyer: "rantaipangan@mitra.desamigran.id",
    placedOn: "2026-01-20",
    hourWib: 10,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["bawang-goreng-krasak", "Bawang Goreng Krasak 500 g", 10],
      ["jenang-emping-bu-sumini", "Emping Melinjo Mentah 500 g", 10],
    ],
  },
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2026-03-09",
    hourWib: 21,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["keripik-singkong-mbak-siti", "Keripik Singkong Pedas Daun Jeruk 500 g", 2],
      ["bawang-goreng-krasak", "Bawang Goreng Krasak 200 g", 2],
    ],
  },
  {
    buyer: "mitra@desamigran.id",
    placedOn: "2026-03-12",
    hourWib: 13,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["kopi-sindoro-lipursari", "Kopi Arabika Sindoro Biji Sangrai 200 g", 4],
      ["gula-kelapa-kalisabuk", "Gula Semut Jahe Instan 250 g", 3],
    ],
  },
  {
    buyer: "keluarga@desamigran.id",
    placedOn: "2026-04-18",
    hourWib: 16,
    paymentMethod: "CASH_ON_DELIVERY",
    outcome: "DELIVERED",
    lines: [["kerupuk-udang-dua-saudara", "Kerupuk Udang Mentah 500 g", 3]],
  },
  {
    buyer: "yayasan@mitra.desamigran.id",
    placedOn: "2026-05-26",
    hourWib: 11,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["anyaman-eceng-gondok-kartini", "Tas Anyaman Eceng Gondok", 5],
      ["anyaman-eceng-gondok-kartini", "Set Tatakan Gelas Eceng Gondok (6 buah)", 5],
    ],
  },
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2026-06-02",
    hourWib: 19,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["batik-dermayon-warsini", "Kemeja Batik Dermayon Pria", 1],
      ["terasi-ikan-asin-bu-casmini", "Terasi Rebon Juntinyuat 250 g", 2],
    ],
  },
  {
    buyer: "desa@desamigran.id",
    placedOn: "2026-07-15",
    hourWib: 9,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["kopi-robusta-way-panji", "Kopi Robusta Lampung Bubuk 500 g", 2],
      ["keripik-pisang-mbak-ngatini", "Keripik Pisang Cokelat 250 g", 6],
    ],
  },
  {
    buyer: "mitra@desamigran.id",
    placedOn: "2026-09-03",
    hourWib: 14,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["madu-trigona-wanasaba", "Madu Trigona (Kelulut) 250 ml", 2],
      ["tenun-ikat-sasak-baiq", "Syal Tenun Sasak", 1],
    ],
  },
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2026-09-05",
    hourWib: 20,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["keripik-singkong-mbak-siti", "Keripik Singkong Balado 250 g", 4],
      ["keripik-singkong-mbak-siti", "Keripik Singkong Original 250 g", 2],
    ],
  },
  {
    buyer: "rantaipangan@mitra.desamigran.id",
    placedOn: "2026-09-21",
    hourWib: 10,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["abon-ikan-segara", "Abon Ikan Tuna 200 g", 10],
      ["abon-ikan-segara", "Abon Ikan Tongkol Pedas 200 g", 10],
    ],
  },
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2026-09-27",
    hourWib: 20,
    paymentMethod: "BANK_TRANSFER",
    outcome: "CANCELLED",
    cancelReason: "Salah pilih barang, akan pesan ulang.",
    lines: [["reog-mini-purwanto", "Topeng Bujang Ganong Ukir", 1]],
  },
  {
    buyer: "keluarga@desamigran.id",
    placedOn: "2026-10-08",
    hourWib: 17,
    paymentMethod: "CASH_ON_DELIVERY",
    outcome: "DELIVERED",
    lines: [
      ["keripik-tempe-tukiyem", "Keripik Tempe Sagu Original 200 g", 5],
      ["keripik-tempe-tukiyem", "Keripik Tempe Pedas 200 g", 5],
    ],
  },
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2026-10-24",
    hourWib: 21,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [
      ["jenang-emping-bu-sumini", "Emping Melinjo Pedas Manis 250 g", 3],
      ["sale-pisang-bu-rusmini", "Sale Pisang Basah 500 g", 2],
    ],
  },
  {
    buyer: "yayasan@mitra.desamigran.id",
    placedOn: "2026-11-10",
    hourWib: 15,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [["tapis-sulam-usus-rohmah", "Dompet Tapis Motif Kapal", 4]],
  },
  {
    buyer: "mitra@desamigran.id",
    placedOn: "2026-11-14",
    hourWib: 12,
    paymentMethod: "BANK_TRANSFER",
    outcome: "DELIVERED",
    lines: [["keripik-singkong-mbak-siti", "Paket Oleh-oleh Keripik 3 Rasa", 3]],
  },
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2026-11-22",
    hourWib: 19,
    paymentMethod: "BANK_TRANSFER",
    outcome: "SHIPPED",
    lines: [
      ["keripik-jamur-suparmi", "Keripik Jamur Tiram 150 g", 4],
      ["jajanan-sasak-sahnun", "Dodol Rumput Laut 250 g", 3],
    ],
  },
  {
    buyer: "rantaipangan@mitra.desamigran.id",
    placedOn: "2026-11-25",
    hourWib: 10,
    paymentMethod: "BANK_TRANSFER",
    // The treasurer confirmed the transfer; the seller has not accepted the order yet.
    outcome: "PAID",
    lines: [["bawang-goreng-krasak", "Bawang Goreng Krasak 500 g", 10]],
  },
  {
    buyer: "desa@desamigran.id",
    placedOn: "2026-11-26",
    hourWib: 8,
    paymentMethod: "CASH_ON_DELIVERY",
    outcome: "CONFIRMED",
    lines: [["kopi-sindoro-lipursari", "Kopi Robusta Wonosobo Bubuk 250 g", 2]],
  },
  {
    buyer: "pembeli@desamigran.id",
    placedOn: "2026-11-26",
    hourWib: 20,
    // Pak Daskan's business has no cooperative yet: no treasurer to confirm a transfer, so cash on delivery.
    paymentMethod: "CASH_ON_DELIVERY",
    outcome: "CONFIRMED",
    lines: [["mangga-gincu-pak-daskan", "Dodol Mangga 250 g", 4]],
  },
];
