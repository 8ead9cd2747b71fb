// Demo product photos: a picture drawn per category (an SVG rendered by sharp), stored through the same path as a
// seller's upload (addProductPhoto: checked, converted to WebP in three widths, saved to the media storage). Run
// after the demo seed by `npm start`/`npm run dev` and `prisma/seed.ts`, not by the test databases' template.
import type { PrismaClient } from "@desa-migran/db";
import sharp from "sharp";

import { addProductPhoto } from "../src/modules/photos/service.ts";
import { type MediaStorage, mediaStorage } from "../src/modules/photos/storage.ts";

const W = 960;
const H = 720;

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}

/** A small deterministic random source per product, so a product always gets the same picture. */
function randomFor(seed: string) {
  let state = hash(seed) || 1;
  return (min: number, max: number) => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return min + (((state >>> 0) % 10_000) / 10_000) * (max - min);
  };
}

const TABLE = `<defs><linearGradient id="t" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#d8b98c"/>
<stop offset="1" stop-color="#a77b4f"/></linearGradient><radialGradient id="l" cx="0.35" cy="0.3" r="0.8">
<stop offset="0" stop-color="#fff" stop-opacity="0.35"/><stop offset="1" stop-color="#000" stop-opacity="0.15"/>
</radialGradient></defs><rect width="${W}" height="${H}" fill="url(#t)"/>
${Array.from({ length: 9 }, (_, i) => `<path d="M0 ${80 * i + 20} Q${W / 2} ${80 * i + 35} ${W} ${80 * i + 15}" stroke="#8a6240" stroke-opacity="0.18" stroke-width="3" fill="none"/>`).join("")}`;

type Draw = (r: (min: number, max: number) => number) => string;

const bowl = (inner: string) => `<ellipse cx="480" cy="560" rx="330" ry="70" fill="#000" opacity="0.18"/>
<path d="M170 380 Q480 760 790 380 Z" fill="#f4efe6"/><ellipse cx="480" cy="380" rx="310" ry="80" fill="#e8dfd0"/>${inner}`;

const DRAW: Record<string, Draw> = {
  keripik: (r) =>
    bowl(
      Array.from({ length: 26 }, () => {
        const x = r(220, 740);
        const y = r(330, 400);
        return `<ellipse cx="${x}" cy="${y}" rx="${r(40, 70)}" ry="${r(22, 36)}" transform="rotate(${r(-40, 40)} ${x} ${y})" fill="hsl(${r(30, 45)},85%,${r(50, 62)}%)" stroke="#b7791f" stroke-width="2"/>`;
      }).join(""),
    ),
  "kue-tradisional": (r) =>
    `<ellipse cx="480" cy="470" rx="360" ry="150" fill="#fafafa"/><ellipse cx="480" cy="470" rx="320" ry="125" fill="#eef3f6"/>` +
    Array.from({ length: 7 }, (_, i) => {
      const x = 260 + (i % 4) * 140 + (i > 3 ? 70 : 0);
      const y = i > 3 ? 500 : 420;
      const hue = [120, 340, 45][Math.floor(r(0, 3))];
      return `<rect x="${x - 55}" y="${y - 40}" width="110" height="70" rx="14" fill="hsl(${hue},55%,60%)"/>
<rect x="${x - 55}" y="${y - 40}" width="110" height="22" rx="10" fill="hsl(${hue},60%,80%)"/>`;
    }).join(""),
  "kopi-teh": (r) =>
    `<ellipse cx="470" cy="520" rx="250" ry="70" fill="#f5f5f4"/><ellipse cx="470" cy="520" rx="200" ry="50" fill="#e7e5e4"/>
<path d="M320 300 L340 500 Q470 560 600 500 L620 300 Z" fill="#fafaf9"/><ellipse cx="470" cy="300" rx="150" ry="42" fill="#fafaf9"/>
<ellipse cx="470" cy="305" rx="132" ry="32" fill="#4a2c1a"/><ellipse cx="450" cy="300" rx="50" ry="10" fill="#8b5a3c" opacity="0.6"/>
<path d="M615 340 q90 10 70 90 q-15 50 -80 40" stroke="#fafaf9" stroke-width="22" fill="none"/>` +
    Array.from({ length: 16 }, () => {
      const x = r(60, 900);
      const y = r(600, 700);
      return `<ellipse cx="${x}" cy="${y}" rx="20" ry="14" fill="#3b2314" transform="rotate(${r(0, 180)} ${x} ${y})"/>`;
    }).join(""),
  kerajinan: (r) =>
    `<ellipse cx="480" cy="600" rx="320" ry="60" fill="#000" opacity="0.18"/><path d="M200 330 L260 590 Q480 640 700 590 L760 330 Z" fill="#c9a36b"/>` +
    Array.from(
      { length: 12 },
      (_, i) => `<path d="M${210 + i * 46} 330 L${265 + i * 37} 600" stroke="#8a6a3d" stroke-width="6"/>`,
    ).join("") +
    Array.from(
      { length: 8 },
      (_, i) =>
        `<path d="M${205 + i * 7} ${350 + i * 32} L${755 - i * 7} ${350 + i * 32}" stroke="#a8844f" stroke-width="9"/>`,
    ).join("") +
    `<ellipse cx="480" cy="330" rx="280" ry="60" fill="none" stroke="#7a5a2f" stroke-width="16"/><circle cx="${r(700, 850)}" cy="${r(120, 200)}" r="40" fill="#f4c95d" opacity="0.5"/>`,
  "batik-tenun": (r) => {
    const hue = r(0, 360);
    return `<defs><pattern id="b" width="120" height="120" patternUnits="userSpaceOnUse">
<rect width="120" height="120" fill="hsl(${hue},45%,28%)"/><circle cx="60" cy="60" r="34" fill="none" stroke="hsl(${hue + 40},70%,75%)" stroke-width="8"/>
<path d="M60 14 L74 60 L60 106 L46 60 Z" fill="hsl(${hue + 20},60%,60%)"/><circle cx="0" cy="0" r="14" fill="hsl(${hue + 40},70%,75%)"/>
<circle cx="120" cy="0" r="14" fill="hsl(${hue + 40},70%,75%)"/><circle cx="0" cy="120" r="14" fill="hsl(${hue + 40},70%,75%)"/>
<circle cx="120" cy="120" r="14" fill="hsl(${hue + 40},70%,75%)"/></pattern></defs>
<path d="M120 140 L860 110 L900 600 L80 640 Z" fill="#000" opacity="0.2" transform="translate(12 16)"/>
<path d="M120 140 L860 110 L900 600 L80 640 Z" fill="url(#b)"/><path d="M120 140 L860 110 L870 200 L110 230 Z" fill="#fff" opacity="0.08"/>`;
  },
  "hasil-tani": (r) =>
    `<ellipse cx="480" cy="560" rx="360" ry="90" fill="#6b4f2e"/><ellipse cx="480" cy="540" rx="340" ry="80" fill="#8b6a3e"/>` +
    Array.from({ length: 11 }, (_, i) => {
      const x = 220 + (i % 6) * 105 + r(-15, 15) + (i > 5 ? 50 : 0);
      const y = i > 5 ? 430 : 510;
      return `<ellipse cx="${x}" cy="${y}" rx="70" ry="52" fill="hsl(${r(60, 100)},65%,${r(42, 55)}%)" transform="rotate(${r(-25, 25)} ${x} ${y})"/>
<ellipse cx="${x + 22}" cy="${y - 18}" rx="28" ry="20" fill="hsl(${r(0, 25)},80%,55%)" opacity="0.75"/>`;
    }).join(""),
  "olahan-ikan": (r) =>
    `<rect x="120" y="200" width="720" height="400" rx="30" fill="#cbd5e1"/><rect x="140" y="220" width="680" height="360" rx="24" fill="#e2e8f0"/>` +
    Array.from({ length: 5 }, (_, i) => {
      const y = 270 + i * 68;
      const x = 200 + r(-20, 30);
      return `<g transform="translate(${x} ${y})"><ellipse cx="260" cy="0" rx="250" ry="34" fill="hsl(${r(25, 40)},45%,${r(45, 58)}%)"/>
<path d="M10 0 L-50 -34 L-40 0 L-50 34 Z" fill="hsl(30,40%,40%)"/><circle cx="470" cy="-8" r="7" fill="#1f2937"/></g>`;
    }).join(""),
  bumbu: (r) =>
    Array.from({ length: 3 }, (_, i) => {
      const x = 180 + i * 230;
      const hue = r(0, 18);
      return `<ellipse cx="${x + 100}" cy="620" rx="120" ry="22" fill="#000" opacity="0.18"/>
<rect x="${x}" y="300" width="200" height="320" rx="40" fill="#f8fafc" opacity="0.9"/>
<rect x="${x + 10}" y="360" width="180" height="250" rx="32" fill="hsl(${hue},80%,${r(35, 45)}%)"/>
<rect x="${x - 6}" y="250" width="212" height="70" rx="14" fill="hsl(${r(0, 360)},35%,30%)"/>
<rect x="${x + 30}" y="430" width="140" height="90" rx="10" fill="#fefce8"/>
<circle cx="${x + 100}" cy="475" r="26" fill="hsl(${hue},80%,45%)" opacity="0.5"/>`;
    }).join(""),
  "madu-herbal": (r) =>
    `<ellipse cx="470" cy="630" rx="200" ry="30" fill="#000" opacity="0.2"/>
<rect x="300" y="250" width="340" height="390" rx="60" fill="#fde68a" opacity="0.55"/>
<rect x="315" y="300" width="310" height="325" rx="50" fill="hsl(${r(28, 40)},95%,45%)"/>
<rect x="290" y="200" width="360" height="80" rx="16" fill="#78350f"/>
<rect x="350" y="400" width="240" height="120" rx="12" fill="#fffbeb"/>
<path d="M390 460 h160" stroke="#b45309" stroke-width="10" stroke-linecap="round"/>
<ellipse cx="380" cy="360" rx="24" ry="60" fill="#fff" opacity="0.25"/>
<path d="M700 600 L820 280" stroke="#a16207" stroke-width="16"/>` +
    Array.from(
      { length: 4 },
      (_, i) => `<ellipse cx="${825 - i * 6}" cy="${265 + i * 22}" rx="34" ry="9" fill="#a16207"/>`,
    ).join(""),
};
DRAW["makanan-ringan"] = DRAW.keripik!;

/** The SVG drawn for a product of this category; the slug varies colours and placement. */
export function productPictureSvg(categorySlug: string, productSlug: string): string {
  const draw = DRAW[categorySlug] ?? DRAW.kerajinan!;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" width="${W}" height="${H}">
${TABLE}${draw(randomFor(productSlug))}<rect width="${W}" height="${H}" fill="url(#l)"/></svg>`;
}

/** Replaces the drawn placeholder of every demo product with a generated photo; returns how many were added. */
export async function seedProductPhotos(prisma: PrismaClient, storage: MediaStorage = mediaStorage()): Promise<number> {
  const products = await prisma.product.findMany({
    select: { id: true, slug: true, imageUrls: true, category: { select: { slug: true } } },
    orderBy: { slug: "asc" },
  });
  const pending = products.filter(
    (p) => p.imageUrls.length === 1 && p.imageUrls[0] === `/images/products/${p.slug}.svg`,
  );
  let added = 0;
  // Two at a time: sharp uses its own threads, and the machine may have two cores.
  for (let i = 0; i < pending.length; i += 2) {
    await Promise.all(
      pending.slice(i, i + 2).map(async (product) => {
        const png = await sharp(Buffer.from(productPictureSvg(product.category.slug, product.slug)))
          .jpeg({ quality: 82 })
          .toBuffer();
        await addProductPhoto(prisma, storage, product.id, png);
        added++;
      }),
    );
  }
  return added;
}
