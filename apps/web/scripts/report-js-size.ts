// Prints each page route's gzipped JavaScript after `vite build`; exits 1 over budget.
import { formatKiB, JS_BUDGET_BYTES, measureRouteJs } from "./js-budget.ts";

const appDir = new URL("..", import.meta.url).pathname;

let routes;
try {
  routes = await measureRouteJs(appDir);
} catch (cause) {
  console.error("Could not read the client build; run `npm run build -w @desa-migran/web` first.");
  throw cause;
}

const width = Math.max(5, ...routes.map((route) => route.route.length));
console.log(`${"route".padEnd(width)}  gzip JS   files  (budget ${formatKiB(JS_BUDGET_BYTES)})`);
for (const route of routes) {
  const flag = route.gzipBytes > JS_BUDGET_BYTES ? "  OVER BUDGET" : "";
  console.log(
    `${route.route.padEnd(width)}  ${formatKiB(route.gzipBytes).padStart(9)}  ${String(route.files.length).padStart(5)}${flag}`,
  );
}
if (routes.some((route) => route.gzipBytes > JS_BUDGET_BYTES)) process.exitCode = 1;
