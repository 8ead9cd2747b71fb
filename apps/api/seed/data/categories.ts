export interface CategorySeed {
  slug: string;
  nameId: string;
  nameEn: string;
  parent?: string;
}

export const categories: CategorySeed[] = [
  { slug: "makanan-ringan", nameId: "Makanan Ringan", nameEn: "Snacks" },
  { slug: "keripik", nameId: "Keripik", nameEn: "Chips", parent: "makanan-ringan" },
  {
    slug: "kue-tradisional",
    nameId: "Kue & Jajanan Tradisional",
    nameEn: "Traditional Sweets",
    parent: "makanan-ringan",
  },
  { slug: "kopi-teh", nameId: "Kopi & Teh", nameEn: "Coffee & Tea" },
  { slug: "kerajinan", nameId: "Kerajinan", nameEn: "Handicrafts" },
  { slug: "batik-tenun", nameId: "Batik & Tenun", nameEn: "Batik & Woven Textiles" },
  { slug: "hasil-tani", nameId: "Hasil Tani", nameEn: "Farm Produce" },
  { slug: "olahan-ikan", nameId: "Olahan Ikan", nameEn: "Fish Products" },
  { slug: "bumbu", nameId: "Bumbu & Sambal", nameEn: "Spices & Sauces" },
  { slug: "madu-herbal", nameId: "Madu & Herbal", nameEn: "Honey & Herbal" },
];
