/**
 * Lower-case ASCII words joined by hyphens, for URLs: "Keripik Singkong Mbak Siti!" → "keripik-singkong-mbak-siti",
 * "Batik & Tenun" → "batik-dan-tenun". Cut at `maxLength` on a word boundary's hyphen; `fallback` when nothing is left.
 */
export function slugify(text: string, { maxLength = 100, fallback = "item" } = {}): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/&/g, " dan ")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, maxLength)
    .replace(/-+$/g, "");
  return slug || fallback;
}
