const { createTestDatabase } = await import("@desa-migran/db/testing");
const which = process.argv[2];
const { seedDemoData } = await import(which === "old" ? "/work/main/prisma/seed/index.old.tmp.ts" : "/work/main/prisma/seed/index.ts");
const db = await createTestDatabase({});
const t = performance.now();
const r = await seedDemoData(db.prisma);
console.log(which, "seed ms", Math.round(performance.now() - t), "entries", r.counts?.journalEntries);
await db.cleanup();
