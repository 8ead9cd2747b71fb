import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { PrismaPg } from "@prisma/adapter-pg";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

const wasmUrl = import.meta.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
const bytes = await readFile(new URL("schema_engine_bg.wasm", wasmUrl));
(globalThis as any).PRISMA_WASM_PANIC_REGISTRY = { set_message(m: string) { console.log("PANIC", m); } };
const t0 = performance.now();
const { instance } = await WebAssembly.instantiate(bytes, { "./schema_engine_bg.js": bg as any });
(bg as any).__wbg_set_wasm(instance.exports); (instance.exports as any).__wbindgen_start();
console.log("wasm load ms", performance.now() - t0);

const db = await PGlite.create();
const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: 0, maxConnections: 100 });
await server.start();
const url = `postgresql://postgres:postgres@${server.getServerConn()}/postgres?sslmode=disable`;
console.log(url);

const schema = await readFile("/tmp/scratch/schema.prisma", "utf8");
const pg = new PrismaPg({ connectionString: url });
const logged: any = {
  provider: pg.provider, adapterName: pg.adapterName,
  async connect() {
    const a = await pg.connect();
    const orig = (a as any).performIO.bind(a);
    const charCols = new WeakMap<object, number[]>();
    (a as any).performIO = async (q: any) => { const r = await orig(q); if (!Array.isArray(r)) { const idx: number[] = []; r.fields.forEach((f: any, i: number) => { if (f.dataTypeID === 18) { f.dataTypeID = 25; idx.push(i); } }); if (idx.length) charCols.set(r.rows, idx); } return r; };
    const qr = a.queryRaw.bind(a);
    (a as any).queryRaw = async (q: any) => { const rs = await qr(q); for (const i of charCols.get(rs.rows) ?? []) (rs.columnTypes as any)[i] = 6; return rs; };
    (a as any).executeScript = async (script: string) => { await a.executeRaw({ sql: script, args: [], argTypes: [] }); };
    return a;
  },
  async connectToShadowDb() { throw new Error("no shadow"); },
};
const engine = await bg.SchemaEngine.new({ datamodels: [["schema.prisma", schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(logged));
const diff = await engine.diff({ from: { tag: "empty" }, to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] }, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
console.log(diff.stdout);
const sql = diff.stdout! + (process.env.BROKEN ? "\nSELECT 'a;b';\nSELECT nosuchcol FROM \"Village\";\n" : "\nSELECT 'a;b';\n");
const t1 = performance.now();
let res: any; try { res = await engine.applyMigrations({ migrationsList: { baseDir: "/tmp/scratch/migrations", lockfile: { path: "migration_lock.toml", content: 'provider = "postgresql"\n' }, shadowDbInitScript: "", migrationDirectories: [{ path: "20250101000000_init", migrationFile: { path: "migration.sql", content: { tag: "ok", value: sql } } }] }, filters: { externalTables: [], externalEnums: [] } });
console.log(res, "apply ms", performance.now() - t1);
} catch (e) { console.log("APPLY FAILED", String(e).slice(0, 400)); console.log((await db.query("select * from _prisma_migrations")).rows, (await db.query("select tablename from pg_tables where schemaname='public'")).rows, (await db.query("select typname from pg_type where typname='Role'")).rows); process.exit(0); }
console.log((await db.query("select * from _prisma_migrations")).rows);
console.log((await db.query("select count(*) from pg_tables where schemaname='public'")).rows);
for (const from of [{ tag: "url", url }, { tag: "schemaDatasource", files: [{ path: "schema.prisma", content: schema }], configDir: "/tmp" }] as any[]) {
  const t = performance.now();
  try {
    const d = await engine.diff({ from, to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema }] }, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
    console.log(from.tag, JSON.stringify(d.stdout), performance.now() - t);
    const d2 = await engine.diff({ from, to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: schema.replace("province  String", "province  String\n  extra Int?") }] }, script: true, exitCode: null, filters: { externalTables: [], externalEnums: [] } });
    console.log(from.tag, JSON.stringify(d2.stdout));
  } catch (e) { console.log(from.tag, "FAIL", String(e).slice(0, 300)); }
}
await server.stop(); await db.close();
