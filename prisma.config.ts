// Prisma 7 reads its paths and the database URL from here, not from schema.prisma.
import { defineConfig } from "prisma/config";

// `prisma generate` needs no database, but the config must still name a URL: fall back to a harmless local one so
// generating works on a machine without DATABASE_URL (the embedded database uses this same shape of URL).
const fallbackUrl = "postgresql://postgres:postgres@127.0.0.1:5432/postgres?sslmode=disable";

export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: {
    path: "prisma/migrations",
    seed: "node prisma/seed.ts",
  },
  datasource: {
    url: process.env.DATABASE_URL || fallbackUrl,
  },
});
