/**
 * Cursor pagination through links: `?after=<cursor>` for the next page, `?before=<cursor>` for
 * the previous one. Plain GET links, so paging works without JavaScript and can be bookmarked.
 */

/** Relay arguments for one page. */
export type PageArgs = { first: number; after?: string } | { last: number; before: string };

export interface PageInfoLike {
  startCursor?: string | null;
  endCursor?: string | null;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

// Cursors are short opaque strings; anything longer or odd is not ours and is ignored.
const CURSOR = /^[A-Za-z0-9+/=_-]{1,200}$/;

function cursorParam(params: URLSearchParams, name: string): string | undefined {
  const value = params.get(name);
  return value && CURSOR.test(value) ? value : undefined;
}

/** Reads `after` / `before` from the query string (prefixed for a second list on one page). */
export function readPageArgs(params: URLSearchParams, size: number, prefix = ""): PageArgs {
  const before = cursorParam(params, `${prefix}before`);
  if (before) return { last: size, before };
  const after = cursorParam(params, `${prefix}after`);
  return after ? { first: size, after } : { first: size };
}

export interface PageLinks {
  previous: string | null;
  next: string | null;
}

/**
 * Links to the neighbouring pages, keeping every other query parameter (filters, order).
 *
 * Relay only reports `hasPreviousPage` when paging backwards (and `hasNextPage` when paging
 * forwards), so the other direction is inferred from the cursor we came with.
 */
export function pageLinks(url: URL, args: PageArgs, pageInfo: PageInfoLike, prefix = ""): PageLinks {
  const pagingBack = "before" in args;
  const hasPrevious = pagingBack ? pageInfo.hasPreviousPage : Boolean(args.after) || pageInfo.hasPreviousPage;
  const hasNext = pagingBack ? true : pageInfo.hasNextPage;
  const link = (name: "after" | "before", cursor: string | null | undefined) => {
    if (!cursor) return null;
    const params = new URLSearchParams(url.searchParams);
    params.delete(`${prefix}after`);
    params.delete(`${prefix}before`);
    params.set(`${prefix}${name}`, cursor);
    return `${url.pathname}?${params.toString()}`;
  };
  return {
    previous: hasPrevious ? link("before", pageInfo.startCursor) : null,
    next: hasNext ? link("after", pageInfo.endCursor) : null,
  };
}
