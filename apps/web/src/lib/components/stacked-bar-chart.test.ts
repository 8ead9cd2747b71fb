// @vitest-environment jsdom
import { render } from "@testing-library/svelte";
import { describe, expect, it } from "vitest";

import { stackInflow } from "../charts.ts";
import StackedBarChart from "./stacked-bar-chart.svelte";

const cell = (month: string, corridorCountry: string, amount: string) => ({
  month,
  corridorCountry,
  amount: { amount },
});

describe("StackedBarChart", () => {
  it("draws one stacked bar per month as a single labelled image", () => {
    // Given two months of remittances from two corridors
    const data = stackInflow([
      cell("2026-02", "TW", "6000000"),
      cell("2026-02", "MY", "2000000"),
      cell("2026-03", "TW", "3000000"),
    ]);

    // When the chart renders
    const { container } = render(StackedBarChart, {
      data,
      title: "Kiriman uang",
      summary: "Diagram batang bertumpuk",
      seriesLabel: "Negara asal",
      formatValue: (value: bigint) => `Rp ${value}`,
      formatTick: (value: bigint) => String(value / 1_000_000n),
      formatMonthName: (month: string) => month.slice(5),
      formatSeries: (key: string) => ({ TW: "Taiwan", MY: "Malaysia" })[key] ?? key,
    });

    // Then screen readers get one image with the summary, and every segment is drawn
    const svg = container.querySelector("svg")!;
    expect(svg.getAttribute("role")).toBe("img");
    expect(svg.getAttribute("aria-label")).toBe("Diagram batang bertumpuk");
    expect(svg.querySelectorAll("rect")).toHaveLength(3);
    // Month labels (with the year under the first bar) sit outside the image, hidden from screen readers.
    const months = [...container.querySelectorAll(".x-axis li")].map((li) =>
      li.textContent?.replace(/\s+/g, " ").trim(),
    );
    expect(months).toEqual(["02 2026", "03"]);
    expect(container.querySelector(".x-axis")!.getAttribute("aria-hidden")).toBe("true");
    // Segment heights are proportional to the amounts.
    const heights = [...svg.querySelectorAll("rect")].map((rect) => Number(rect.getAttribute("height")));
    expect(heights[0]! / heights[1]!).toBeCloseTo(3, 5);
    expect([...container.querySelectorAll(".legend li")].map((li) => li.textContent?.trim())).toEqual([
      "Taiwan",
      "Malaysia",
    ]);
  });
});
