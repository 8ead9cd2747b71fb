import { createSchemaEngine } from "../src/schema-engine.ts";
const calls: string[] = [];
const mk = (): any => new Proxy({ provider: "postgres", adapterName: "x" }, { get(t: any, k) { if (k in t) return t[k]; if (k === "getConnectionInfo") return () => ({ supportsRelationJoins: true }); if (typeof k === "symbol" || k === "then") return undefined; return async (...a: any[]) => { calls.push(String(k) + " " + JSON.stringify(a).slice(0, 300)); throw new Error("nope " + String(k)); }; } });
const factory: any = { provider: "postgres", adapterName: "x", connect: async () => { calls.push("connect"); return mk(); }, connectToShadowDb: async () => { calls.push("shadow"); return mk(); } };
try { const e = await createSchemaEngine({ adapterFactory: factory }); console.log("created"); } catch (e) { console.log("ERR", e); }
console.log(calls);
import { createSchemaEngine as c2, noFilters } from "../src/schema-engine.ts";
const e = await c2({ adapterFactory: factory });
const r = await e.diff({ from: { tag: "empty" }, to: { tag: "schemaDatamodel", files: [{ path: "s.prisma", content: 'datasource db {\n provider = "postgresql"\n}\nmodel A {\n id Int @id\n}\n' }] }, script: true, exitCode: true, filters: noFilters });
console.log(r, calls);
