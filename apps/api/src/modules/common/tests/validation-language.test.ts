import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";

import { createTestApi } from "../../../../test/harness.ts";
import { type TestApi, villageBySlug } from "../../registry/tests/fixtures.ts";
import { bilingual, localiseMessage } from "../validation.ts";

const CREATE = `mutation($input: CreateStoryInput!) { createStory(input: $input) {
  __typename ... on InputValidationError { message issues { path message } } } }`;

describe("validation messages", () => {
  let api: TestApi;
  let officer: string;
  let villageId: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    officer = await api.signInAs("villageOfficer");
    villageId = (await villageBySlug(api, "juntinyuat-indramayu")).gid;
  });
  afterAll(() => api?.cleanup());

  const invalidStory = () => ({ villageId, kind: "STORY", title: "x", body: "  ", coverImageUrl: "http://a.id/x.jpg" });

  it("names every invalid field in one answer, in Bahasa Indonesia by default", async () => {
    const result = await api.gql(CREATE, { input: invalidStory() }, { session: officer });
    const error = result.data!.createStory;
    expect(error.__typename).toBe("InputValidationError");
    expect(error.issues).toEqual([
      { path: ["input", "title"], message: "Judul minimal 3 karakter." },
      { path: ["input", "body"], message: "Isi wajib diisi." },
      { path: ["input", "coverImageUrl"], message: "URL gambar harus https." },
    ]);
    expect(error.message).toBe("Periksa isian: Judul minimal 3 karakter. Isi wajib diisi. URL gambar harus https.");
    // and nothing was saved
    expect(await api.prisma.story.count({ where: { title: "x" } })).toBe(0);
  });

  it("answers an English reader in English", async () => {
    const result = await api.gql(
      CREATE,
      { input: invalidStory() },
      { session: officer, headers: { "accept-language": "en-GB,en;q=0.9" } },
    );
    expect(result.data!.createStory.issues.map((issue: { message: string }) => issue.message)).toEqual([
      "Title: at least 3 characters.",
      "The text is required.",
      "The image URL must start with https.",
    ]);
    expect(result.data!.createStory.message).toMatch(/^Check the input: Title: at least 3 characters\./);
  });

  it("puts zod's own messages in the reader's language and leaves other text alone", () => {
    const [issue] = z.string().max(3).safeParse("abcdef").error!.issues;
    expect(localiseMessage(issue!, "en")).toBe(issue!.message);
    expect(localiseMessage(issue!, "id")).not.toBe(issue!.message);
    expect(localiseMessage(issue!, "id")).toMatch(/3/);
    expect(localiseMessage({ message: "Sesuatu yang lain." }, "en")).toBe("Sesuatu yang lain.");
  });

  it("refuses one Indonesian message registered with two English texts", () => {
    bilingual("Contoh pesan uji.", "A test message.");
    expect(() => bilingual("Contoh pesan uji.", "Another text.")).toThrow(/two English texts/);
  });
});
