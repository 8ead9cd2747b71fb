// Words for people, free of GraphQL so services, errors and the HTTP layer can share them.

/** The two languages the product speaks: Bahasa Indonesia first, English second. */
export type Language = "id" | "en";

/** Whether the request asks for English (the web app sends its visitor's language as Accept-Language). */
export function prefersEnglish(request: Request): boolean {
  return /^en\b/i.test(request.headers.get("accept-language") ?? "");
}

/** The language to answer the request in. */
export const readerLanguage = (request: Request): Language => (prefersEnglish(request) ? "en" : "id");

/** Whole rupiah as people write them: "Rp 1.250.000" (Indonesian grouping) or "Rp 1,250,000" in English. */
export const rupiah = (amount: bigint, language: Language = "id") =>
  `Rp ${amount.toLocaleString(language === "en" ? "en-US" : "id-ID")}`;
