// addProductPhoto, removeProductPhoto, reorderProductPhotos through the API (GraphQL multipart), and /media serving.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { ERROR_FIELDS, gid, type TestApi } from "../../orders/tests/fixtures.ts";
import { removeProductPhoto } from "../service.ts";
import { localDiskStorage, mediaStorage, setMediaStorage } from "../storage.ts";

const PHOTO_RESULT = `__typename ... on MutationAddProductPhotoSuccess { data { product { imageUrls } } }
  ... on ProductPhotoError { reason maximum } ${ERROR_FIELDS}`;
const ADD = `mutation($input: AddProductPhotoInput!) { addProductPhoto(input: $input) { ${PHOTO_RESULT} } }`;
const REMOVE = `mutation($input: RemoveProductPhotoInput!) { removeProductPhoto(input: $input) {
  __typename ... on MutationRemoveProductPhotoSuccess { data { product { imageUrls } } }
  ... on ProductPhotoError { reason } ${ERROR_FIELDS} } }`;
const REORDER = `mutation($input: ReorderProductPhotosInput!) { reorderProductPhotos(input: $input) {
  __typename ... on MutationReorderProductPhotosSuccess { data { product { imageUrls } } }
  ... on ProductPhotoError { reason } ${ERROR_FIELDS} } }`;

const jpegFile = async (colour = "#b45309", name = "IMG_0001.jpg") =>
  new File(
    [
      await sharp({ create: { width: 1600, height: 1200, channels: 3, background: colour } })
        .withMetadata({ exif: { IFD3: { GPSLatitudeRef: "S", GPSLatitude: "6/1 21/1 0/1" } } })
        .jpeg()
        .toBuffer(),
    ],
    name,
    { type: "image/jpeg" },
  );

describe("product photos", () => {
  let api: TestApi;
  let mediaDir: string;
  let owner: string;
  let stranger: string;
  let productId: string;
  let productRowId: string;

  beforeAll(async () => {
    mediaDir = await mkdtemp(path.join(tmpdir(), "dm-media-"));
    setMediaStorage(localDiskStorage(mediaDir));
    api = await createTestApi({ seed: true });
    owner = await api.signInAs("entrepreneur");
    stranger = (await api.createUserSession({ email: "orang-lain@example.id", name: "Orang Lain" })).token;
    const product = await api.prisma.product.findFirstOrThrow({
      where: { business: { owner: { email: "wirausaha@desamigran.id" } } },
      orderBy: { name: "asc" },
    });
    productRowId = product.id;
    productId = gid("Product", product.id);
  });
  afterAll(async () => {
    setMediaStorage(undefined);
    await api?.cleanup();
    await rm(mediaDir, { recursive: true, force: true });
  });

  const add = (session: string | undefined, photo: File) =>
    api.gql(ADD, { input: { productId, photo } }, session ? { session } : {});

  it("lets the owner upload a photo: it replaces the drawn placeholder and is served as WebP without EXIF", async () => {
    // given the demo entrepreneur's seeded product, showing its drawn placeholder
    const before = await api.prisma.product.findUniqueOrThrow({ where: { id: productRowId } });
    expect(before.imageUrls[0]).toMatch(/^\/images\/products\/.+\.svg$/);
    // when its owner uploads a phone JPEG
    const result = await add(owner, await jpegFile());
    // then the product's only image is the uploaded photo's 1280 px WebP
    expect(result.errors).toBeUndefined();
    const urls: string[] = result.data!.addProductPhoto.data.product.imageUrls;
    expect(urls).toHaveLength(1);
    expect(urls[0]).toMatch(/^\/media\/products\/[A-Za-z0-9_-]{22}-1280\.webp$/);
    // and three widths are stored
    expect((await readdir(path.join(mediaDir, "products"))).sort()).toEqual(
      ["1280", "320", "640"].map((w) => urls[0]!.replace("/media/products/", "").replace("1280", w)).sort(),
    );
    // and /media serves each, cacheable, as WebP with no EXIF
    for (const width of [320, 640, 1280]) {
      const response = await api.yoga.fetch(`http://localhost${urls[0]!.replace("1280", String(width))}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      expect(response.headers.get("cache-control")).toContain("immutable");
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([meta.format, meta.width, meta.exif]).toEqual(["webp", Math.min(width, 1600), undefined]);
    }
    expect((await api.yoga.fetch("http://localhost/media/products/..%2F..%2Fetc-1280.webp")).status).toBe(404);
  });

  it("refuses a stranger and an anonymous caller, and writes nothing", async () => {
    const before = await api.prisma.product.findUniqueOrThrow({ where: { id: productRowId } });
    const files = await readdir(path.join(mediaDir, "products"));
    // when another signed-in person, then nobody, uploads to the product
    const byStranger = await add(stranger, await jpegFile("#000000"));
    const byAnonymous = await add(undefined, await jpegFile("#000000"));
    // then both are refused
    expect(byStranger.data!.addProductPhoto.__typename).toBe("ForbiddenError");
    expect(byAnonymous.data!.addProductPhoto.__typename).toBe("ForbiddenError");
    // and neither may remove or reorder its photos
    const url = before.imageUrls[0]!;
    expect(
      (await api.gql(REMOVE, { input: { productId, url } }, { session: stranger })).data!.removeProductPhoto.__typename,
    ).toBe("ForbiddenError");
    expect(
      (await api.gql(REORDER, { input: { productId, urls: [url] } }, { session: stranger })).data!.reorderProductPhotos
        .__typename,
    ).toBe("ForbiddenError");
    // and nothing changed
    expect((await api.prisma.product.findUniqueOrThrow({ where: { id: productRowId } })).imageUrls).toEqual(
      before.imageUrls,
    );
    expect(await readdir(path.join(mediaDir, "products"))).toEqual(files);
  });

  it("refuses a text file named .jpg, by its content", async () => {
    const text = new File(["bukan foto\n".repeat(100)], "foto.jpg", { type: "image/jpeg" });
    const result = await add(owner, text);
    expect(result.data!.addProductPhoto).toMatchObject({ __typename: "ProductPhotoError", reason: "UNSUPPORTED_TYPE" });
  });

  it("refuses a file over 10 MB (typed error), and a request far over it (413)", async () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set([0xff, 0xd8, 0xff]);
    const result = await add(owner, new File([big], "besar.jpg", { type: "image/jpeg" }));
    expect(result.data!.addProductPhoto).toMatchObject({ __typename: "ProductPhotoError", reason: "TOO_LARGE" });
    const huge = await api.yoga.fetch("http://localhost/graphql", {
      method: "POST",
      headers: {
        "content-type": "multipart/form-data; boundary=x",
        "content-length": String(12 * 1024 * 1024),
        "x-graphql-yoga-csrf": "1",
        cookie: `dm_session=${owner}`,
      },
      body: "--x--",
    });
    expect(huge.status).toBe(413);
  });

  it("accepts six photos and refuses the seventh", async () => {
    // given the product with one photo, when five more are uploaded
    for (const colour of ["#111111", "#222222", "#333333", "#444444", "#555555"]) {
      const result = await add(owner, await jpegFile(colour));
      expect(result.data!.addProductPhoto.__typename).toBe("MutationAddProductPhotoSuccess");
    }
    // then a seventh is refused, naming the limit
    const seventh = await add(owner, await jpegFile("#666666"));
    expect(seventh.data!.addProductPhoto).toMatchObject({
      __typename: "ProductPhotoError",
      reason: "TOO_MANY",
      maximum: 6,
    });
    const product = await api.prisma.product.findUniqueOrThrow({ where: { id: productRowId } });
    expect(product.imageUrls).toHaveLength(6);
    expect(await readdir(path.join(mediaDir, "products"))).toHaveLength(18);
  });

  it("lets the owner reorder and remove photos; a removed photo's files are deleted", async () => {
    const { imageUrls } = await api.prisma.product.findUniqueOrThrow({ where: { id: productRowId } });
    const reversed = [...imageUrls].reverse();
    const reordered = await api.gql(REORDER, { input: { productId, urls: reversed } }, { session: owner });
    expect(reordered.data!.reorderProductPhotos.data.product.imageUrls).toEqual(reversed);
    const wrong = await api.gql(REORDER, { input: { productId, urls: reversed.slice(1) } }, { session: owner });
    expect(wrong.data!.reorderProductPhotos).toMatchObject({ reason: "ORDER_MISMATCH" });

    const removed = await api.gql(REMOVE, { input: { productId, url: reversed[0] } }, { session: owner });
    expect(removed.data!.removeProductPhoto.data.product.imageUrls).toEqual(reversed.slice(1));
    expect(await readdir(path.join(mediaDir, "products"))).toHaveLength(15);
    expect((await api.yoga.fetch(`http://localhost${reversed[0]}`)).status).toBe(404);
    const again = await api.gql(REMOVE, { input: { productId, url: reversed[0] } }, { session: owner });
    expect(again.data!.removeProductPhoto).toMatchObject({ reason: "NOT_FOUND" });
  });

  it("keeps the files of a photo another product also names (a URL copied by hand)", async () => {
    // given another seller's product that typed this product's main photo URL into its own imageUrls
    const { imageUrls } = await api.prisma.product.findUniqueOrThrow({ where: { id: productRowId } });
    const url = imageUrls[0]!;
    const other = await api.prisma.product.findFirstOrThrow({
      where: { business: { owner: { email: { not: "wirausaha@desamigran.id" } } } },
    });
    await api.prisma.product.update({ where: { id: other.id }, data: { imageUrls: [url] } });
    // when that other product's owner removes it from their product (as its owner: the service directly)
    await removeProductPhoto(api.prisma, mediaStorage(), other.id, url);
    // then the original product's photo is still served
    expect((await api.yoga.fetch(`http://localhost${url}`)).status).toBe(200);
  });
});
