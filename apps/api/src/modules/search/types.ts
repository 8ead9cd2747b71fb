import { Prisma } from "@desa-migran/db";
import { z } from "zod";

import { builder } from "../../builder.ts";
import {
  countRows,
  findRankedIds,
  highlightRanges,
  inOrderOf,
  matchesAllWords,
  relevance,
  searchWords,
  snippet,
  type TextRange,
  withoutPagination,
} from "./service.ts";

const TextRangeRef = builder.objectRef<TextRange>("TextRange").implement({
  description: "A matched part of a text, in UTF-16 code units (JavaScript string indices).",
  fields: (t) => ({
    start: t.exposeInt("start", { description: "Index of the first matched character." }),
    length: t.exposeInt("length", { description: "Number of matched characters." }),
  }),
});

interface Highlighted {
  text: string;
  matches: TextRange[];
}

const HighlightedTextRef = builder.objectRef<Highlighted>("HighlightedText").implement({
  description:
    "Plain text with the parts a search matched, as ranges rather than markup: escape the text, then mark the " +
    "ranges (never insert it as HTML).",
  fields: (t) => ({
    text: t.exposeString("text", { description: "The text, exactly as stored (or a passage of it)." }),
    matches: t.field({
      type: [TextRangeRef],
      description: "The matched parts, in order, not overlapping.",
      resolve: (parent) => parent.matches,
    }),
  }),
});

interface Highlight {
  name: Highlighted;
  snippet: Highlighted | null;
}

const SearchHighlightRef = builder.objectRef<Highlight>("SearchHighlight").implement({
  description: "What a search matched in a result: its name and a passage of its longer text.",
  fields: (t) => ({
    name: t.field({ type: HighlightedTextRef, description: "The name.", resolve: (parent) => parent.name }),
    snippet: t.field({
      type: HighlightedTextRef,
      nullable: true,
      description: "About 160 characters of the description (or story) around its first match; null without one.",
      resolve: (parent) => parent.snippet,
    }),
  }),
});

const searchText = z.string().trim().max(100);

function highlight(name: string, longText: string | null, query: string | null | undefined): Highlight {
  const words = searchWords(query);
  return {
    name: { text: name, matches: highlightRanges(name, words) },
    snippet: longText ? snippet(longText, words) : null,
  };
}

builder.prismaObjectFields("Product", (t) => ({
  highlight: t.field({
    type: SearchHighlightRef,
    description: "The parts of the name and description that these search words match (pass the catalogue's search).",
    args: {
      query: t.arg.string({
        required: false,
        description: "The search text; none marks nothing.",
        validate: searchText,
      }),
    },
    select: { name: true, description: true },
    resolve: (product, { query }) => highlight(product.name, product.description, query),
  }),
}));

builder.prismaObjectFields("Business", (t) => ({
  highlight: t.field({
    type: SearchHighlightRef,
    description: "The parts of the name and story that these search words match.",
    args: {
      query: t.arg.string({
        required: false,
        description: "The search text; none marks nothing.",
        validate: searchText,
      }),
    },
    select: { name: true, story: true },
    resolve: (business, { query }) => highlight(business.name, business.story, query),
  }),
}));

builder.prismaObjectFields("Village", (t) => ({
  highlight: t.field({
    type: SearchHighlightRef,
    description: "The parts of the village name that these search words match.",
    args: {
      query: t.arg.string({
        required: false,
        description: "The search text; none marks nothing.",
        validate: searchText,
      }),
    },
    select: { name: true },
    resolve: (village, { query }) => highlight(village.name, null, query),
  }),
}));

interface SearchInput {
  query: string;
  words: string[];
}

const SearchResultsRef = builder.objectRef<SearchInput>("SearchResults").implement({
  description:
    "Businesses and villages matching search words, best match first. Products are searched by the catalogue " +
    "(products(filter: { search })), which can also filter them.",
  fields: (t) => ({
    query: t.exposeString("query", { description: "The search text as given." }),
    words: t.exposeStringList("words", {
      description: "The words searched for: lower case, without punctuation or repeats, at most 8.",
    }),
    businesses: t.prismaConnection({
      type: "Business",
      cursor: "id",
      maxSize: 50,
      defaultSize: 5,
      description: "Active businesses whose name, village or story match every word.",
      totalCount: (parent, _args, ctx) => (parent.words.length ? countRows(ctx.prisma, businessFrom(parent.words)) : 0),
      resolve: async (query, parent, _args, ctx) => {
        // Taken first: Pothos checks that every resolver reads its query (onUnusedQuery), even when it finds nothing.
        const selection = withoutPagination(query);
        if (parent.words.length === 0) return [];
        const ids = await findRankedIds(ctx.prisma, {
          from: businessFrom(parent.words),
          idColumn: Prisma.sql`b."id"`,
          key: relevance(parent.words, Prisma.sql`s`),
          descending: true,
          page: query,
        });
        if (ids.length === 0) return [];
        return inOrderOf(ids, await ctx.prisma.business.findMany({ ...selection, where: { id: { in: ids } } }));
      },
    }),
    villages: t.prismaConnection({
      type: "Village",
      cursor: "id",
      maxSize: 50,
      defaultSize: 5,
      description: "Villages whose name, district, regency or province match every word.",
      totalCount: (parent, _args, ctx) => (parent.words.length ? countRows(ctx.prisma, villageFrom(parent.words)) : 0),
      resolve: async (query, parent, _args, ctx) => {
        // Taken first: Pothos checks that every resolver reads its query (onUnusedQuery), even when it finds nothing.
        const selection = withoutPagination(query);
        if (parent.words.length === 0) return [];
        const ids = await findRankedIds(ctx.prisma, {
          from: villageFrom(parent.words),
          idColumn: Prisma.sql`v."id"`,
          key: relevance(parent.words, Prisma.sql`s`),
          descending: true,
          page: query,
        });
        if (ids.length === 0) return [];
        return inOrderOf(ids, await ctx.prisma.village.findMany({ ...selection, where: { id: { in: ids } } }));
      },
    }),
  }),
});

function businessFrom(words: string[]): Prisma.Sql {
  return Prisma.sql`FROM "Business" b JOIN "BusinessSearch" s ON s."businessId" = b."id"
    WHERE b."status" = 'ACTIVE' AND ${matchesAllWords(words, Prisma.sql`s`)}`;
}

function villageFrom(words: string[]): Prisma.Sql {
  return Prisma.sql`FROM "Village" v JOIN "VillageSearch" s ON s."villageId" = v."id"
    WHERE ${matchesAllWords(words, Prisma.sql`s`)}`;
}

builder.queryFields((t) => ({
  search: t.field({
    type: SearchResultsRef,
    description:
      "Searches businesses and villages by words: Indonesian stems, prefixes and typos (kripik finds keripik), " +
      "ranked by relevance. Highlight a result with its highlight(query:) field.",
    args: { query: t.arg.string({ description: "The search text (up to 100 characters).", validate: searchText }) },
    resolve: (_root, { query }) => ({ query, words: searchWords(query) }),
  }),
}));
