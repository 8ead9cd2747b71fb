// @vitest-environment jsdom
import { render, screen } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import ProductCard from "./product-card.svelte";

const product = {
  name: "Keripik Tempe Sagu",
  slug: "keripik-tempe-sagu",
  priceIdr: { amount: "1250000", currency: "IDR" },
  unit: "karton",
  imageUrl: "https://cdn.example/keripik.jpg",
  business: { name: "Dapur Bu Sri", village: { name: "Desa Sukamaju" } },
};

describe("ProductCard", () => {
  it("shows the product, its maker, village and rupiah price per unit", () => {
    render(ProductCard, { product });

    const link = screen.getByRole("link", { name: "Keripik Tempe Sagu" });
    expect(link.getAttribute("href")).toBe("/produk/keripik-tempe-sagu");
    expect(screen.getByText(/oleh Dapur Bu Sri/).textContent).toContain("Desa Sukamaju");
    // Testing Library folds the no-break space into a plain one, as a reader would.
    expect(screen.getByText("Rp 1.250.000")).toBeTruthy();
    expect(screen.getByText("per karton")).toBeTruthy();
  });

  it("says when a product is sold out", () => {
    render(ProductCard, { product: { ...product, stock: 0 } });
    expect(screen.getByText("Stok habis")).toBeTruthy();
  });

  it("lazy-loads the image with reserved dimensions", () => {
    const { container } = render(ProductCard, { product });

    const image = container.querySelector("img")!;
    expect(image.getAttribute("loading")).toBe("lazy");
    expect(image.getAttribute("width")).toBe("400");
    expect(image.getAttribute("height")).toBe("300");
  });

  it("keeps the card's shape when the product has no photo", () => {
    const { container } = render(ProductCard, { product: { ...product, imageUrl: null } });

    expect(container.querySelector("img")).toBeNull();
    expect(container.querySelector(".image-placeholder")).not.toBeNull();
  });

  it("marks the words a search matched, as text, with a passage of the description", () => {
    const { container } = render(ProductCard, {
      product: {
        ...product,
        name: "Keripik <i>Tempe</i>",
        highlight: {
          name: { matches: [{ start: 0, length: 7 }] },
          snippet: { text: "…tempe tipis yang pedas", matches: [{ start: 18, length: 5 }] },
        },
      },
    });
    expect([...container.querySelectorAll("mark")].map((mark) => mark.textContent)).toEqual(["Keripik", "pedas"]);
    expect(container.querySelector("i")).toBeNull();
    expect(screen.getByRole("link").textContent).toBe("Keripik <i>Tempe</i>");
  });
});
