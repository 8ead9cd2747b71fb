// Search over the trigger-maintained documents ProductSearch, BusinessSearch and VillageSearch (migration *_search):
// the rules for words, matching, ranking and highlighting live here; GraphQL lives in queries.ts.
import { Prisma, type PrismaClient } from "@desa-migran/db";

/** More words than this are ignored: each word is one more pair of index scans. */
export const MAX_SEARCH_WORDS = 8;
const MAX_WORD_LENGTH = 40;
/**
 * Words shorter than this match only by full text (prefix), never by trigram: a two-letter word has too few
 * trigrams for a typo to be told from another word.
 */
const MIN_TRIGRAM_WORD = 3;
/** pg_trgm's default strict_word_similarity_threshold, which the `<<%` operator uses; highlighting follows it. */
const STRICT_WORD_SIMILARITY = 0.5;

/**
 * The words of a search text: lower case, letters and digits only (so they are safe inside a tsquery), without
 * repeats, at most MAX_SEARCH_WORDS.
 */
export function searchWords(text: string | null | undefined): string[] {
  const words = (text ?? "")
    .normalize("NFKC")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0)
    .map((word) => word.slice(0, MAX_WORD_LENGTH));
  return [...new Set(words)].slice(0, MAX_SEARCH_WORDS);
}

/** The full-text query of one word: its Indonesian stem or the word itself, either as a prefix. */
function wordQuery(word: string): Prisma.Sql {
  return Prisma.sql`(to_tsquery('indonesian', ${word}::text || ':*') || to_tsquery('simple', ${word}::text || ':*'))`;
}

/**
 * Every word must match the document (AND), each either by full text (stemmed or as typed, as a prefix) or, for
 * words of 3 letters or more, by trigrams against a whole word of `terms` (pg_trgm `<<%`, strict word similarity
 * >= 0.5): "kripik" finds "Keripik". Both sides use the document's GIN indexes.
 */
export function matchesAllWords(words: string[], document: Prisma.Sql): Prisma.Sql {
  return Prisma.join(
    words.map((word) =>
      word.length >= MIN_TRIGRAM_WORD
        ? Prisma.sql`(${document}."vector" @@ ${wordQuery(word)} OR ${word}::text <<% ${document}."terms")`
        : Prisma.sql`${document}."vector" @@ ${wordQuery(word)}`,
    ),
    " AND ",
  );
}

/**
 * Relevance: full-text rank (name words weigh most, see the migration's weights) plus the mean trigram similarity of
 * the words, so an exact name beats a stem in a description and a typo still ranks by how close it is. A word the
 * full text matched counts as fully similar: no typo scores above it, and strict_word_similarity (~20 µs a row) is
 * computed only for typos; a common word matching 37,000 of 200,000 products ranks in half the time.
 */
export function relevance(words: string[], document: Prisma.Sql): Prisma.Sql {
  const anyWord = Prisma.join(words.map(wordQuery), " || ");
  const similarity = Prisma.join(
    words.map(
      (word) => Prisma.sql`CASE WHEN ${document}."vector" @@ ${wordQuery(word)} THEN 1.0
        ELSE strict_word_similarity(${word}::text, ${document}."terms") END`,
    ),
    " + ",
  );
  return Prisma.sql`(ts_rank(${document}."vector", ${anyWord}) + 0.5 * (${similarity}) / ${words.length})`;
}

/** Where a page of a ranked list starts and how long it is, as Pothos' prismaConnection hands it to a resolver. */
export interface PageQuery {
  cursor?: { id?: string };
  skip?: number;
  take?: number;
}

/**
 * One page of ids in the order `key` (then id), keyset-paginated after (or before, for a negative `take`) the
 * cursor's row: the same answer Prisma's cursor pagination gives, for an order Prisma cannot express (relevance).
 * `from` is "FROM ... WHERE ..." selecting `idColumn`; `key` an expression over it.
 */
export async function findRankedIds(
  prisma: PrismaClient,
  options: { from: Prisma.Sql; idColumn: Prisma.Sql; key: Prisma.Sql; descending: boolean; page: PageQuery },
): Promise<string[]> {
  const { from, idColumn, key, descending, page } = options;
  const take = page.take ?? 24;
  const backward = take < 0;
  const cursorId = page.cursor?.id;
  // Going backward reverses the order, then the page is turned back around below.
  const down = descending !== backward;
  const keyAfter = down ? Prisma.sql`r."k" < c."k"` : Prisma.sql`r."k" > c."k"`;
  const idAfter = backward ? Prisma.sql`r."id" < c."id"` : Prisma.sql`r."id" > c."id"`;
  const afterCursor = cursorId
    ? Prisma.sql`WHERE EXISTS (SELECT 1 FROM ranked c WHERE c."id" = ${cursorId}::uuid
        AND (${keyAfter} OR (r."k" = c."k" AND ${idAfter})))`
    : Prisma.empty;
  const offset = Math.max(0, (page.skip ?? 0) - (cursorId ? 1 : 0));
  const rows = await prisma.$queryRaw<{ id: string }[]>`
    WITH ranked AS (SELECT ${idColumn} AS "id", ${key} AS "k" ${from})
    SELECT r."id"::text AS "id" FROM ranked r ${afterCursor}
    ORDER BY r."k" ${down ? Prisma.sql`DESC` : Prisma.sql`ASC`}, r."id" ${backward ? Prisma.sql`DESC` : Prisma.sql`ASC`}
    LIMIT ${Math.abs(take)} OFFSET ${offset}`;
  const ids = rows.map((row) => row.id);
  return backward ? ids.reverse() : ids;
}

/** Counts the rows of `from` ("FROM ... WHERE ..."). */
export async function countRows(prisma: PrismaClient, from: Prisma.Sql): Promise<number> {
  const [row] = await prisma.$queryRaw<{ count: number }[]>`SELECT count(*)::int AS "count" ${from}`;
  return row?.count ?? 0;
}

/** Puts `rows` in the order of `ids` (a findMany by ids returns them in any order). */
export function inOrderOf<T extends { id: string }>(ids: string[], rows: T[]): T[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The prismaConnection query without its pagination, to load the rows of a page found by findRankedIds. */
export function withoutPagination<Q extends PageQuery>(query: Q): Omit<Q, "cursor" | "skip" | "take"> {
  const { cursor: _cursor, skip: _skip, take: _take, ...rest } = query;
  return rest;
}

// ───────────── Highlighting ─────────────

/** A matched part of a text: `start` and `length` in UTF-16 code units (JavaScript string indices). */
export interface TextRange {
  start: number;
  length: number;
}

function trigrams(word: string): Set<string> {
  // As pg_trgm: two spaces before the word and one after.
  const padded = `  ${word} `;
  const grams = new Set<string>();
  for (let i = 0; i + 3 <= padded.length; i += 1) grams.add(padded.slice(i, i + 3));
  return grams;
}

/** pg_trgm's similarity of two single words: shared trigrams over all trigrams. */
export function trigramSimilarity(a: string, b: string): number {
  const left = trigrams(a);
  const right = trigrams(b);
  let shared = 0;
  for (const gram of left) if (right.has(gram)) shared += 1;
  return shared / (left.size + right.size - shared);
}

/**
 * Whether a word of a text is one a search word found: the same rules as the database's match, approximated
 * without its stemmer. The word starts with the search word (prefix), or the search word starts with it (a
 * suffix such as -nya, -an, -kan), or they are as similar as the trigram match requires.
 */
function wordMatches(token: string, words: string[]): boolean {
  return words.some(
    (word) =>
      token.startsWith(word) ||
      (token.length >= 4 && word.startsWith(token)) ||
      (word.length >= MIN_TRIGRAM_WORD && trigramSimilarity(word, token) >= STRICT_WORD_SIMILARITY),
  );
}

/**
 * The parts of `text` that the search words match, as ranges, never as markup: the client escapes the text and
 * marks the ranges itself, so a product name can never inject HTML.
 */
export function highlightRanges(text: string, words: string[]): TextRange[] {
  if (words.length === 0) return [];
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    if (wordMatches(match[0].normalize("NFKC").toLowerCase(), words)) {
      ranges.push({ start: match.index, length: match[0].length });
    }
  }
  return ranges;
}

/**
 * A passage of a long text around its first match (about `size` characters, cut at spaces), with the ranges
 * inside it; null when no word of the text matches.
 */
export function snippet(text: string, words: string[], size = 160): { text: string; matches: TextRange[] } | null {
  const ranges = highlightRanges(text, words);
  const first = ranges[0];
  if (!first) return null;
  let start = Math.max(0, first.start - Math.floor(size / 3));
  if (start > 0) {
    const space = text.indexOf(" ", start);
    start = space >= 0 && space < first.start ? space + 1 : start;
  }
  let end = Math.min(text.length, start + size);
  if (end < text.length) {
    const space = text.lastIndexOf(" ", end);
    end = space > first.start + first.length ? space : end;
  }
  const prefix = start > 0 ? "…" : "";
  const suffix = end < text.length ? "…" : "";
  const matches = ranges
    .filter((range) => range.start >= start && range.start + range.length <= end)
    .map((range) => ({ start: range.start - start + prefix.length, length: range.length }));
  return { text: `${prefix}${text.slice(start, end)}${suffix}`, matches };
}
