import { parseRupiah } from "../forms/amounts.ts";
import { parseWholeNumber } from "../forms/fields.ts";
import { graphql } from "../gql.ts";

export const PRODUCT_FIELDS = [
  "name",
  "description",
  "priceIdr",
  "stock",
  "unit",
  "categoryId",
  "imageUrls",
  "weightGrams",
] as const;
export type ProductValues = Record<(typeof PRODUCT_FIELDS)[number], string>;

export const CategoriesQuery = graphql(`
  query ProductCategories {
    productCategories {
      id
      name
    }
  }
`);

/** Image URLs typed one per line; blank lines dropped. */
export function parseImageUrls(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** The product input shared by create and update, from what was typed (the API validates it). */
export function productInput(values: ProductValues) {
  return {
    name: values.name,
    description: values.description,
    priceIdr: parseRupiah(values.priceIdr),
    unit: values.unit,
    categoryId: values.categoryId,
    imageUrls: parseImageUrls(values.imageUrls),
    weightGrams: values.weightGrams.trim() ? (parseWholeNumber(values.weightGrams) ?? 0) : null,
  };
}

/** API input names to form field names (imageUrls issues come as ["input", "imageUrls", "0"]). */
export const productField = (name: string) => ((PRODUCT_FIELDS as readonly string[]).includes(name) ? name : undefined);

export { parseWholeNumber };
