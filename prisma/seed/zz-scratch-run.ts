import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../packages/db/src/generated/prisma/client.ts";
import { seedDemoData } from "./index.ts";
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL! }) });
const t = performance.now();
try {
  const r = await seedDemoData(prisma as any);
  console.log(JSON.stringify(r), Math.round(performance.now() - t), "ms");
} finally { await prisma.$disconnect(); }
