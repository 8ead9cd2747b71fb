import { startRealApi } from "./real-api.ts";
const api = await startRealApi({ seed: true });
console.log("URL", api.url);
const q = async (query: string, variables = {}) => {
  const r = await fetch(api.url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  return JSON.stringify(await r.json(), null, 1);
};
console.log(await q(`{ provinces { id name code regencies { id name } } productCategories { id name slug } villages(first: 100) { edges { node { code name slug } } } products(first: 3) { totalCount edges { cursor node { slug name stock imageUrls category { name } business { slug } } } } }`));
const v = await q(`{ village(code: "3212100001") { name } }`);
console.log(v);
await new Promise((r) => setTimeout(r, 600_000));
