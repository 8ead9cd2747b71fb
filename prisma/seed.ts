// Seeds the demo data into the database at DATABASE_URL, unless it already has data.
//   DATABASE_URL=postgresql://... node prisma/seed.ts
import { seedDemoData } from "@desa-migran/api/seed";
import { seedProductPhotos } from "@desa-migran/api/seed/photos";
import { createPrismaClient } from "@desa-migran/db";

const connectionString = process.env.DATABASE_URL;
if (!connectionString) {
  console.error("DATABASE_URL belum diisi: seed membutuhkan alamat basis data PostgreSQL.");
  process.exit(1);
}

const prisma = createPrismaClient({ connectionString });
const started = performance.now();
try {
  const result = await seedDemoData(prisma);
  // Drawn pictures per category, stored like uploads (MEDIA_DIR) and kept on the demo products.
  const photos = result.seeded ? await seedProductPhotos(prisma) : 0;
  const ms = Math.round(performance.now() - started);
  if (!result.seeded) {
    console.log(`Seed dilewati: basis data sudah berisi data (${ms} ms).`);
  } else {
    const c = result.counts ?? {};
    console.log(
      `Data demo dimasukkan dalam ${ms} ms: ${c.villages} desa, ${c.cooperatives} koperasi, ${c.businesses} usaha, ` +
        `${c.products} produk, ${c.households} keluarga, ${c.remittances} remitansi, ${c.fundingRounds} putaran pendanaan, ` +
        `${c.journalEntries} jurnal, ${c.users} pengguna, ${photos} foto produk.`,
    );
  }
} catch (error) {
  console.error("Seed gagal:", error);
  process.exitCode = 1;
} finally {
  await prisma.$disconnect();
}
