import { describe, expect, it } from "vitest";

import { buildProductFilter, hasFilters, normalisePrice, readCatalogueQuery } from "./catalogue.ts";

describe("readCatalogueQuery", () => {
  it("reads the form's fields and drops malformed ones", () => {
    const query = readCatalogueQuery(
      new URLSearchParams(
        "q=+keripik+&provinsi=32&kabupaten=x&desa=3212140001&kategori=keripik&min=Rp+10.000&max=abc&stok=1&terverifikasi=1&urut=PRICE_ASC",
      ),
    );
    expect(query).toEqual({
      search: "keripik",
      province: "32",
      regency: "",
      village: "3212140001",
      category: "keripik",
      minPrice: "10000",
      maxPrice: "",
      inStock: true,
      verified: true,
      order: "PRICE_ASC",
    });
    expect(hasFilters(query)).toBe(true);
    expect(buildProductFilter(query, { provinces: [], villages: [], categories: [] }).filter).toMatchObject({
      inStock: true,
      returneeVerified: true,
    });
  });

  it("defaults to the newest products, unfiltered", () => {
    const query = readCatalogueQuery(new URLSearchParams("urut=DROP+TABLE"));
    expect(query.order).toBe("NEWEST");
    expect(hasFilters(query)).toBe(false);
  });

  it("orders a search by best match unless the address names an order; relevance needs words", () => {
    expect(readCatalogueQuery(new URLSearchParams("q=kripik")).order).toBe("RELEVANCE");
    expect(readCatalogueQuery(new URLSearchParams("q=kripik&urut=NEWEST")).order).toBe("NEWEST");
    expect(readCatalogueQuery(new URLSearchParams("urut=RELEVANCE")).order).toBe("NEWEST");
  });
});

describe("normalisePrice", () => {
  it.each([
    ["25000", "25000"],
    ["25.000", "25000"],
    ["Rp 25.000", "25000"],
    ["007", "7"],
    ["-5", ""],
    ["1,5", ""],
    ["", ""],
  ])("%j -> %j", (input, expected) => expect(normalisePrice(input)).toBe(expected));
});

describe("buildProductFilter", () => {
  const lookups = {
    provinces: [{ id: "P32", code: "32", regencies: [{ id: "R3212", code: "3212" }] }],
    villages: [{ id: "V1", code: "3212140001" }],
    categories: [{ id: "C1", slug: "keripik" }],
  };

  it("maps codes and slugs to IDs", () => {
    const query = readCatalogueQuery(
      new URLSearchParams("provinsi=32&kabupaten=3212&desa=3212140001&kategori=keripik&max=50000"),
    );
    expect(buildProductFilter(query, lookups)).toEqual({
      filter: { provinceId: "P32", regencyId: "R3212", villageId: "V1", categoryId: "C1", maxPriceIdr: "50000" },
      unknown: false,
    });
  });

  it("reports an unknown village instead of ignoring it", () => {
    const query = readCatalogueQuery(new URLSearchParams("desa=9999999999"));
    expect(buildProductFilter(query, lookups).unknown).toBe(true);
  });
});
