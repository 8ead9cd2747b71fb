// The catalogue's total for the common pages (the whole catalogue, one category) from the counts kept per category
// by migration *_catalogue_counts, instead of counting every listed product on each request. Other filters count.
import type { PrismaClient } from "@desa-migran/db";

interface CountedFilter {
  categoryId?: { id: string } | null;
  [other: string]: unknown;
}

/** The listed products for `filter` from the kept counts, or null when the filter narrows by more than a category. */
export async function keptCatalogueCount(
  prisma: PrismaClient,
  filter: CountedFilter | null | undefined,
): Promise<number | null> {
  const narrowed = Object.entries(filter ?? {}).some(
    ([name, value]) => name !== "categoryId" && value != null && value !== false && value !== "",
  );
  if (narrowed) return null;
  const category = filter?.categoryId?.id ?? null;
  const [row] = await prisma.$queryRaw<{ products: number }[]>`
    SELECT coalesce(sum("products"), 0)::int AS "products" FROM "CatalogueCount"
    WHERE ${category}::uuid IS NULL OR "categoryId" = ${category}::uuid`;
  return row?.products ?? 0;
}
