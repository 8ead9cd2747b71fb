/**
 * Plain text a person wrote (a story's body, a product's description, a business's story) as paragraphs: blank lines
 * separate them; stray whitespace is dropped. Never HTML.
 */
export function storyParagraphs(body: string): string[] {
  return body
    .split(/\r?\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/** The opening of a story for a card: its first paragraph, cut at a word near `max` characters. */
export function storyExcerpt(body: string, max = 220): string {
  const first = storyParagraphs(body)[0] ?? "";
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
