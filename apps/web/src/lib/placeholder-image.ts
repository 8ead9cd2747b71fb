/**
 * A drawn stand-in for a product photo: the seed (and any product created before photo upload
 * exists) points at `/images/products/<slug>.svg`, which no one has uploaded. Deterministic per
 * slug, so a product always gets the same colours.
 */

const PALETTES = [
  ["#e8f1ee", "#0f5c4d", "#f4c95d"],
  ["#fdf1d3", "#a16207", "#0f5c4d"],
  ["#fde4e1", "#9a3412", "#f4c95d"],
  ["#e0ecff", "#1d4ed8", "#f4c95d"],
  ["#efe6fb", "#6b21a8", "#f4c95d"],
  ["#e3f4f7", "#0e7490", "#f4c95d"],
] as const;

function hash(text: string): number {
  let value = 2166136261;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 16777619);
  return value >>> 0;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Initials from a slug: "keripik-pisang-balado-250-g" -> "KP". */
export function initialsOf(slug: string): string {
  const words = slug.split("-").filter((word) => /^[a-z]/.test(word));
  return words
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join("");
}

export function placeholderSvg(slug: string): string {
  const [background, ink, accent] = PALETTES[hash(slug) % PALETTES.length]!;
  const initials = escapeXml(initialsOf(slug) || "DM");
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 800 600" width="800" height="600">
<rect width="800" height="600" fill="${background}"/>
<circle cx="660" cy="110" r="70" fill="${accent}" opacity="0.6"/>
<path d="M0 470 Q200 390 400 450 T800 430 V600 H0Z" fill="${ink}" opacity="0.14"/>
<path d="M0 520 Q220 460 420 510 T800 500 V600 H0Z" fill="${ink}" opacity="0.22"/>
<text x="400" y="330" text-anchor="middle" font-family="system-ui, sans-serif" font-size="150" font-weight="700" fill="${ink}">${initials}</text>
</svg>`;
}
