// One way to hand a CSV file from the API to the browser: personal data, so never cached; the name says what it is.

/** The file as an attachment named `<name>.csv`; the name is made by our code from checked parts only. */
export function csvDownload(body: string, name: string): Response {
  return new Response(body, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${name.replace(/[^A-Za-z0-9._-]/g, "-")}.csv"`,
      "cache-control": "private, no-store",
    },
  });
}
