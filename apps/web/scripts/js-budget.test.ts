import { beforeAll, describe, expect, it } from "vitest";

import { appDir } from "../e2e/app-dir.ts";
import { ensureBuild } from "../e2e/ensure-build.ts";
import { formatKiB, JS_BUDGET_BYTES, measureRouteJs, type RouteJs } from "./js-budget.ts";

describe("JavaScript budget", () => {
  let routes: RouteJs[];

  beforeAll(async () => {
    await ensureBuild();
    routes = await measureRouteJs(appDir);
  }, 180_000);

  it("measures every page route, including the home page", () => {
    expect(routes.map((route) => route.route)).toContain("/");
    for (const route of routes) expect(route.files.length).toBeGreaterThan(0);
  });

  it(`keeps each page route within ${formatKiB(JS_BUDGET_BYTES)} of gzipped JS`, () => {
    const over = routes
      .filter((route) => route.gzipBytes > JS_BUDGET_BYTES)
      .map((route) => `${route.route}: ${formatKiB(route.gzipBytes)}`);
    expect(over, "routes over budget (see `npm run size -w @desa-migran/web`)").toEqual([]);
  });
});
