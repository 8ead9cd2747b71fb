// Keeping NIKs out of addresses: a search in the address ends up in server logs, browser history and Referer headers.
import { redirect } from "@sveltejs/kit";

/** The flag left in the address after a NIK was taken out of it, so the page can say why. */
export const NIK_REMOVED_PARAM = "nik-dihapus";

/**
 * Whether a search looks like it holds a NIK (or another long identity or phone number): ten or more digits
 * in a row once spaces, dots and dashes are removed. Deliberately wide: a name never has that many digits.
 */
export function looksLikeNik(text: string): boolean {
  return /\d{10,}/.test(text.replace(/[\s.-]/g, ""));
}

/** Sends the visitor to the same address without `cari` when it looks like a NIK, flagged so the page explains. */
export function keepNikOutOfAddress(url: URL): void {
  if (!looksLikeNik(url.searchParams.get("cari") ?? "")) return;
  const clean = new URL(url);
  clean.searchParams.delete("cari");
  clean.searchParams.set(NIK_REMOVED_PARAM, "1");
  redirect(303, clean.pathname + clean.search);
}
