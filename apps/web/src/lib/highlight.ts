/** A matched part of a text as the API returns it: start and length in UTF-16 code units. */
export interface TextRange {
  start: number;
  length: number;
}

/** A piece of a text, marked when a search matched it. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/**
 * Cuts `text` into plain and marked pieces at the API's match ranges, so a component renders them as text
 * (escaped by Svelte) inside `<mark>`, never as HTML. Ranges out of bounds, overlapping or out of order are
 * clipped or skipped rather than trusted.
 */
export function highlightSegments(text: string, matches: readonly TextRange[] | null | undefined): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const { start, length } of matches ?? []) {
    const from = Math.max(start, at);
    const to = Math.min(start + length, text.length);
    if (to <= from) continue;
    if (from > at) segments.push({ text: text.slice(at, from), marked: false });
    segments.push({ text: text.slice(from, to), marked: true });
    at = to;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}
