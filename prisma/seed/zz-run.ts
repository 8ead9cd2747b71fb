import { createTestDatabase } from "../../packages/db/src/testing.ts";
import { seedDemoData } from "./index.ts";
const db = await createTestDatabase({ env: {} });
const t = performance.now();
try {
  const r = await seedDemoData(db.prisma);
  console.log(r.seeded, Math.round(performance.now() - t), "ms");
} finally { await (db as any).close?.() ?? (db as any).stop?.(); }
