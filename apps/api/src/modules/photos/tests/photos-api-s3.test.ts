// Photos and proofs of transfer through the API when the media storage is an S3-compatible bucket (s3rver), chosen
// from S3_* settings as in production: uploads land in the bucket, /media and /payment-proofs serve them from it.
import { ListObjectsV2Command } from "@aws-sdk/client-s3";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { seedProductPhotos } from "../../../../seed/photos.ts";
import { createTestApi } from "../../../../test/harness.ts";
import { readS3Settings } from "../../../env.ts";
import {
  addToCart,
  entrepreneurProduct,
  ERROR_FIELDS,
  gid,
  newKey,
  rawId,
  type TestApi,
} from "../../orders/tests/fixtures.ts";
import { createS3Client } from "../s3-storage.ts";
import { mediaStorageFromEnv, setMediaStorage } from "../storage.ts";
import { startS3Server, TEST_BUCKET, type TestS3Server } from "./s3-server.ts";

const ADD = `mutation($input: AddProductPhotoInput!) { addProductPhoto(input: $input) {
  __typename ... on MutationAddProductPhotoSuccess { data { product { imageUrls } } } ${ERROR_FIELDS} } }`;
const REMOVE = `mutation($input: RemoveProductPhotoInput!) { removeProductPhoto(input: $input) {
  __typename ... on MutationRemoveProductPhotoSuccess { data { product { imageUrls } } } ${ERROR_FIELDS} } }`;
const SUBMIT = `mutation($input: SubmitPaymentProofInput!) { submitPaymentProof(input: $input) {
  __typename ... on MutationSubmitPaymentProofSuccess { data { payment { status hasProof } } } ${ERROR_FIELDS} } }`;

describe("product photos and proofs in an S3-compatible bucket", () => {
  let api: TestApi;
  let s3: TestS3Server;
  let owner: string;

  beforeAll(async () => {
    s3 = await startS3Server();
    // the same choice the API makes on first use, from a production-like environment with a key prefix
    setMediaStorage(mediaStorageFromEnv({ ...s3.env, S3_PREFIX: "desa-migran/", MEDIA_DIR: "/nonexistent" }));
    api = await createTestApi({ seed: true });
    owner = await api.signInAs("entrepreneur");
  });
  afterAll(async () => {
    setMediaStorage(undefined);
    await api?.cleanup();
    await s3?.stop();
  });

  const objectsInBucket = async (folder: string) => {
    const client = createS3Client(readS3Settings(s3.env)!);
    const listed = await client.send(
      new ListObjectsV2Command({ Bucket: TEST_BUCKET, Prefix: `desa-migran/${folder}/` }),
    );
    return (listed.Contents ?? []).map((object) => object.Key!).sort();
  };
  const get = (path: string, session?: string) =>
    api.yoga.fetch(`http://localhost${path}`, { headers: session ? { cookie: `dm_session=${session}` } : {} });

  it("stores an uploaded photo's three widths in the bucket, serves them, and deletes them on removal", async () => {
    // given the demo entrepreneur's product
    const { product } = await entrepreneurProduct(api);
    const productId = gid("Product", product.id);
    const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#b45309" } })
      .jpeg()
      .toBuffer();
    // when its owner uploads a photo through GraphQL
    const added = await api.gql(
      ADD,
      { input: { productId, photo: new File([jpeg], "IMG_0001.jpg", { type: "image/jpeg" }) } },
      { session: owner },
    );
    // then the product shows it, and its three widths are objects under the prefix
    expect(added.data!.addProductPhoto.__typename).toBe("MutationAddProductPhotoSuccess");
    const url: string = added.data!.addProductPhoto.data.product.imageUrls[0];
    expect(url).toMatch(/^\/media\/products\/[A-Za-z0-9_-]{22}-1280\.webp$/);
    const name = url.replace("/media/products/", "");
    expect(await objectsInBucket("products")).toEqual(
      ["1280", "320", "640"].map((width) => `desa-migran/products/${name.replace("1280", width)}`),
    );
    // and /media serves each width from the bucket as WebP
    for (const width of [320, 640, 1280]) {
      const response = await get(url.replace("1280", String(width)));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toBe("image/webp");
      const meta = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
      expect([meta.format, meta.width]).toEqual(["webp", width]);
    }
    expect((await get("/media/products/never-uploaded-1280.webp")).status).toBe(404);

    // when the owner removes it, then its objects are gone and /media answers 404
    const removed = await api.gql(REMOVE, { input: { productId, url } }, { session: owner });
    expect(removed.data!.removeProductPhoto.__typename).toBe("MutationRemoveProductPhotoSuccess");
    expect(await objectsInBucket("products")).toEqual([]);
    expect((await get(url)).status).toBe(404);
  });

  it("keeps a buyer's proof of transfer in the bucket, served only to the buyer, never on /media", async () => {
    // given a buyer's order paid by transfer
    const { product } = await entrepreneurProduct(api, 30);
    const buyer = await api.signInAs("buyer");
    await api.prisma.cartItem.deleteMany({ where: { user: { email: "pembeli@desamigran.id" } } });
    await addToCart(api, buyer, product.id, 1);
    const placed = await api.gql(
      `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
        ... on MutationPlaceOrderSuccess { data { checkout { payments { id } } } } ${ERROR_FIELDS} } }`,
      {
        input: {
          idempotencyKey: newKey(),
          paymentMethod: "BANK_TRANSFER",
          recipientName: "Rina Kartika",
          phone: "081234567890",
          address: "Jl. Raya Juntinyuat No. 12, Indramayu",
        },
      },
      { session: buyer },
    );
    const paymentId: string = placed.data!.placeOrder.data.checkout.payments[0].id;
    // when the buyer sends a PDF proof
    const pdf = new File([new TextEncoder().encode("%PDF-1.4\n%bukti transfer\n")], "bukti.pdf");
    const sent = await api.gql(SUBMIT, { input: { paymentId, proof: pdf, amount: "1000" } }, { session: buyer });
    expect(sent.data!.submitPaymentProof.data.payment).toEqual({ status: "PROOF_SUBMITTED", hasProof: true });
    // then it is a private object in the bucket, served to the buyer as a PDF and to nobody on /media
    const stored = await api.prisma.payment.findUniqueOrThrow({ where: { id: rawId(paymentId) } });
    expect(await objectsInBucket("proofs")).toEqual([`desa-migran/${stored.proofKey}`]);
    const own = await get(`/payment-proofs/${stored.id}`, buyer);
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toBe("application/pdf");
    expect(await own.text()).toBe("%PDF-1.4\n%bukti transfer\n");
    expect((await get(`/payment-proofs/${stored.id}`)).status).toBe(404);
    expect((await get(`/media/${stored.proofKey}`)).status).toBe(404);
  });

  it("stores the demo seed's product pictures in the bucket too (the seed uses the process's storage)", async () => {
    // given the seeded products still showing their drawn placeholders
    const before = (await objectsInBucket("products")).length;
    // when the demo seed adds its pictures without being handed a storage
    const added = await seedProductPhotos(api.prisma);
    // then each added picture is three objects in the bucket, and the products name them
    expect(added).toBeGreaterThan(10);
    const withPhotos = await api.prisma.product.findMany({ where: { imageUrls: { isEmpty: false } } });
    expect(withPhotos.filter((p) => p.imageUrls[0]!.startsWith("/media/products/")).length).toBeGreaterThan(10);
    expect((await objectsInBucket("products")).length - before).toBe(added * 3);
  });
});
