// @vitest-environment jsdom
import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";
import { stackInflow } from "../charts.ts";
import StackedBarChart from "./stacked-bar-chart.svelte";

const cell = (month: string, corridorCountry: string, amount: string) => ({ month, corridorCountry, amount: { amount } });

describe("StackedBarChart", () => {
  it("draws one stacked bar per month as a single labelled image", () => {
    // Given two months of remittances from two corridors
    const data = stackInflow([cell("2026-02", "TW", "6000000"), cell("2026-02", "MY", "2000000"), cell("2026-03", "TW", "3000000")]);

    // When the chart renders
    const { container } = render(StackedBarChart, {
      data,
      title: "Kiriman uang",
      summary: "Diagram batang bertumpuk",
      seriesLabel: "Negara asal",
      formatValue: (value: bigint) => `Rp ${value}`,
      formatTick: (value: bigint) => String(value / 1_000_000n),
      formatCategory: (month: string) => month,
      formatSeries: (key: string) => ({ TW: "Taiwan", MY: "Malaysia" })[key] ?? key,
    });

    // Then screen readers get one image with the summary, and every segment is drawn
    const svg = container.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Diagram batang bertumpuk");
    expect(svg.querySelectorAll("rect")).toHaveLength(3);
    expect([...svg.querySelectorAll("text.category")].map((t) => t.textContent?.trim())).toEqual(["2026-02", "2026-03"]);
    // The taller stack reaches the top of the 8 jt axis (10 jt with nice ticks): heights are proportional.
    const heights = [...svg.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("height")));
    expect(heights[0]! / heights[1]!).toBeCloseTo(3, 5);
    expect([...container.querySelectorAll(".legend li")].map((li) => li.textContent?.trim())).toEqual(["Taiwan", "Malaysia"]);
  });
});
