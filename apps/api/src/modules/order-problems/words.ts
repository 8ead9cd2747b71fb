/** "Rp 1.250.000" (Indonesian) or "Rp1,250,000" (English) for a whole-rupiah amount. */
export function formatRupiah(amount: bigint, language: "id" | "en" = "id"): string {
  const digits = amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, language === "id" ? "." : ",");
  return language === "id" ? `Rp ${digits}` : `Rp${digits}`;
}
