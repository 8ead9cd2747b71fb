// One way to hand a file made from the API's answer to the browser; the name says what it is.

/** Personal data is never cached; open data (the impact figures) may be, briefly, by anyone. */
const PRIVATE = "private, no-store";

/** The file as an attachment named `<name>.<extension>`; the name is made by our code from checked parts only. */
function download(body: string, name: string, extension: "csv" | "json", type: string, cache: string): Response {
  return new Response(body, {
    headers: {
      "content-type": `${type}; charset=utf-8`,
      "content-disposition": `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "-")}.${extension}"`,
      "cache-control": cache,
    },
  });
}

export const csvDownload = (body: string, name: string, cache = PRIVATE) =>
  download(body, name, "csv", "text/csv", cache);

export const jsonDownload = (body: unknown, name: string, cache = PRIVATE) =>
  download(JSON.stringify(body, null, 2), name, "json", "application/json", cache);

/** For open data: shared caches may keep it five minutes, as the API's public answers. */
export const OPEN_DATA_CACHE = "public, max-age=300";
