export interface CategorySeed {
  slug: string;
  nameId: string;
  nameEn: string;
  parent?: string;
}

/** [slug, Indonesian name, English name, parent slug (null for a top category)]. */
const categoryRows: [slug: string, nameId: string, nameEn: string, parent: string | null][] = [
  ["makanan-ringan", "Makanan Ringan", "Snacks", null],
  ["keripik", "Keripik", "Chips", "makanan-ringan"],
  ["kue-tradisional", "Kue & Jajanan Tradisional", "Traditional Sweets", "makanan-ringan"],
  ["kopi-teh", "Kopi & Teh", "Coffee & Tea", null],
  ["kerajinan", "Kerajinan", "Handicrafts", null],
  ["batik-tenun", "Batik & Tenun", "Batik & Woven Textiles", null],
  ["hasil-tani", "Hasil Tani", "Farm Produce", null],
  ["olahan-ikan", "Olahan Ikan", "Fish Products", null],
  ["bumbu", "Bumbu & Sambal", "Spices & Sauces", null],
  ["madu-herbal", "Madu & Herbal", "Honey & Herbal", null],
];

export const categories: CategorySeed[] = categoryRows.map(([slug, nameId, nameEn, parent]) =>
  parent === null ? { slug, nameId, nameEn } : { slug, nameId, nameEn, parent },
);
