// Guest cart, password reset and account settings: the pages' loads and actions against the real API (seeded).
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { outcome as outcomeOf, serverEvent, type ServerEventOptions } from "../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../testing/real-api.ts";
import { parseGuestCart } from "../lib/guest-cart.server.ts";
import { actions as accountActions, load as loadAccount } from "./akun/+page.server.ts";
import { actions as resetActions, load as loadReset } from "./atur-ulang-sandi/+page.server.ts";
import { actions as signUpActions } from "./daftar/+page.server.ts";
import { actions as confirmActions, load as loadConfirm } from "./daftar/konfirmasi/+page.server.ts";
import { actions as cartActions, load as loadCart } from "./keranjang/+page.server.ts";
import { load as loadCheckout } from "./keranjang/checkout/+page.server.ts";
import { actions as forgotActions } from "./lupa-sandi/+page.server.ts";
import { actions as signInActions, load as loadSignIn } from "./masuk/+page.server.ts";

type Handler = (event: any) => Promise<any>;

let api: RealApi;
const products: { id: string; slug: string; name: string; stock: number }[] = [];

const event = (path: string, options: Pick<ServerEventOptions, "form" | "cookies"> = {}) =>
  serverEvent(api.url, path, options);
const outcome = (handler: unknown, e: ReturnType<typeof event>) => outcomeOf((handler as Handler)(e));

async function signIn(email: string, password: string, cookies = new Map<string, string>(), kembali = "/akun") {
  return outcome(signInActions.default, event("/masuk", { form: { email, password, kembali }, cookies }));
}

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  const location = new URL("http://localhost");
  Object.assign(globalThis, {
    window: new Proxy(globalThis, { get: (target, key) => (key === "location" ? location : Reflect.get(target, key)) }),
  });
  const response = await fetch(api.url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      query: `{ products(first: 3, filter: { inStock: true }) { edges { node { id slug name stock } } } }`,
    }),
  });
  const body = (await response.json()) as { data: { products: { edges: { node: (typeof products)[number] }[] } } };
  products.push(...body.data.products.edges.map((edge) => edge.node));
}, 180_000);

afterAll(async () => {
  Reflect.deleteProperty(globalThis, "window");
  await api?.stop();
});

describe("guest cart /keranjang", () => {
  it("keeps a guest's items in a cookie, shows them, and moves them to the account at sign-in", async () => {
    const cookies = new Map<string, string>();
    const [first, second] = products;
    const add = event("/keranjang", { form: { productId: first!.id, quantity: "2", kembali: "/produk/x" }, cookies });
    expect(await outcome(cartActions.tambah, add)).toMatchObject({ status: 303, location: "/keranjang?ditambah=1" });
    expect(add.setCookies[0]).toMatchObject({
      name: "dm_cart",
      options: { httpOnly: true, sameSite: "lax", path: "/" },
    });
    await outcome(cartActions.tambah, event("/keranjang", { form: { productId: second!.id, quantity: "1" }, cookies }));

    const guestCart = await outcome(loadCart, event("/keranjang?ditambah=1", { cookies }));
    expect(guestCart.value).toMatchObject({ guest: true, added: true, cart: { itemCount: 3 } });
    const names = guestCart.value.cart.businesses.flatMap((g: any) => g.lines.map((l: any) => l.product.name));
    expect(names.sort()).toEqual([first!.name, second!.name].sort());

    // when the guest signs in from the cart
    const signedIn = await signIn("pembeli@desamigran.id", "desa-migran-demo", cookies, "/keranjang");
    expect(signedIn).toMatchObject({ status: 303, location: "/keranjang" });
    expect(cookies.has("dm_cart")).toBe(false);
    const cart = await outcome(loadCart, event("/keranjang", { cookies }));
    expect(cart.value.guest).toBe(false);
    const lines = cart.value.cart.businesses.flatMap((g: any) => g.lines);
    expect(lines.find((l: any) => l.product.id === first!.id)?.quantity).toBeGreaterThanOrEqual(2);
    expect(lines.find((l: any) => l.product.id === second!.id)).toBeTruthy();
  });

  it("refuses more than the stock and a quantity out of range, and changes and removes lines", async () => {
    const cookies = new Map<string, string>();
    const product = products[2]!;
    const tooMany = await outcome(
      cartActions.tambah,
      event("/keranjang", { form: { productId: product.id, quantity: String(product.stock + 1) }, cookies }),
    );
    expect(tooMany.value).toMatchObject({
      status: 400,
      data: { errors: { fields: { quantity: `Stok tidak cukup: tersedia ${product.stock}.` } } },
    });
    const silly = await outcome(
      cartActions.tambah,
      event("/keranjang", { form: { productId: product.id, quantity: "1000" }, cookies }),
    );
    expect(silly.value.data.errors.fields.quantity).toMatch(/paling banyak 999/);
    expect(cookies.has("dm_cart")).toBe(false);

    await outcome(cartActions.tambah, event("/keranjang", { form: { productId: product.id, quantity: "1" }, cookies }));
    await outcome(cartActions.ubah, event("/keranjang", { form: { productId: product.id, quantity: "2" }, cookies }));
    expect(parseGuestCart(cookies.get("dm_cart"))).toEqual([{ productId: product.id, quantity: 2 }]);
    await outcome(cartActions.hapus, event("/keranjang", { form: { productId: product.id }, cookies }));
    expect(cookies.has("dm_cart")).toBe(false);
  });

  it("reads an edited cookie without trusting it", () => {
    expect(parseGuestCart("not json")).toEqual([]);
    expect(parseGuestCart(JSON.stringify({ a: 1 }))).toEqual([]);
    expect(
      parseGuestCart(
        JSON.stringify([
          ["UHJvZHVjdDp4eHh4", 2],
          ["UHJvZHVjdDp4eHh4", 998],
          ["<script>", 1],
          ["UHJvZHVjdDp5eXl5", -3],
          ["UHJvZHVjdDp6enp6", 1.5],
        ]),
      ),
    ).toEqual([{ productId: "UHJvZHVjdDp4eHh4", quantity: 999 }]);
    const many = Array.from({ length: 30 }, (_, i) => [`UHJvZHVjdDp${String(i).padStart(4, "0")}`, 1]);
    expect(parseGuestCart(JSON.stringify(many))).toHaveLength(20);
  });

  it("a cart filled before signing up joins the new account and the link returns to the cart", async () => {
    const cookies = new Map<string, string>();
    await outcome(
      cartActions.tambah,
      event("/keranjang", { form: { productId: products[0]!.id, quantity: "1" }, cookies }),
    );
    const email = "tamu.daftar@example.id";
    await outcome(
      signUpActions.default,
      event("/daftar", { form: { name: "Tamu", email, password: "kata-sandi-panjang", kembali: "/keranjang" } }),
    );
    const body = (await api.lastMessageTo(email)) ?? "";
    const link = new URL(/https?:\/\/\S+/.exec(body)![0]);
    expect(link.searchParams.get("kembali")).toBe("/keranjang");
    const opened = await outcome(loadConfirm, event(link.pathname + link.search));
    const confirm = event("/daftar/konfirmasi", {
      form: { token: opened.value.token, kembali: opened.value.returnTo },
      cookies,
    });
    expect(await outcome(confirmActions.default, confirm)).toMatchObject({ status: 303, location: "/keranjang" });
    const cart = await outcome(loadCart, event("/keranjang", { cookies }));
    expect(cart.value).toMatchObject({ guest: false, cart: { itemCount: 1 } });
  });

  it("never sends anyone off the site after activating", async () => {
    const opened = await outcome(loadConfirm, event("/daftar/konfirmasi?token=x&kembali=%2F%2Fevil.example"));
    expect(opened.value.returnTo).toBe("/akun");
  });
});

describe("password reset /lupa-sandi and /atur-ulang-sandi", () => {
  it("answers the same for a known and an unknown address", async () => {
    const known = await outcome(
      forgotActions.default,
      event("/lupa-sandi", { form: { email: "mitra@desamigran.id" } }),
    );
    const unknown = await outcome(forgotActions.default, event("/lupa-sandi", { form: { email: "siapa@contoh.id" } }));
    expect(known.value).toEqual({ sent: true, email: "mitra@desamigran.id" });
    expect(unknown.value).toEqual({ sent: true, email: "siapa@contoh.id" });
    expect(await api.lastMessageTo("siapa@contoh.id")).toBeNull();
  });

  it("sets a new password from the e-mail's link once, then the link is refused", async () => {
    await outcome(forgotActions.default, event("/lupa-sandi", { form: { email: "wirausaha@desamigran.id" } }));
    const link = new URL(/https?:\/\/\S+/.exec((await api.lastMessageTo("wirausaha@desamigran.id")) ?? "")![0]);
    expect(link.pathname).toBe("/atur-ulang-sandi");
    const page = event(link.pathname + link.search);
    const opened = await outcome(loadReset, page);
    expect(page.headers["cache-control"]).toBe("private, no-store");

    const short = await outcome(
      resetActions.default,
      event("/atur-ulang-sandi", { form: { token: opened.value.token, password: "pendek" } }),
    );
    expect(short.value.data.errors.fields.password).toBe("Kata sandi minimal 10 karakter.");
    const done = await outcome(
      resetActions.default,
      event("/atur-ulang-sandi", { form: { token: opened.value.token, password: "sandi-baru-wirausaha" } }),
    );
    expect(done).toMatchObject({ status: 303, location: "/masuk?alasan=sandi" });
    expect((await outcome(loadSignIn, event("/masuk?alasan=sandi"))).value.reason).toBe("sandi");
    expect(await signIn("wirausaha@desamigran.id", "sandi-baru-wirausaha")).toMatchObject({ status: 303 });

    const again = await outcome(
      resetActions.default,
      event("/atur-ulang-sandi", { form: { token: opened.value.token, password: "sandi-lain-lagi-99" } }),
    );
    expect(again.value).toMatchObject({
      status: 400,
      data: { errors: { fields: { link: expect.stringMatching(/sudah dipakai/) } } },
    });
  });
});

describe("account settings /akun", () => {
  it("saves the phone in E.164, which checkout then offers, and explains a malformed one", async () => {
    const cookies = new Map<string, string>();
    await signIn("pembeli@desamigran.id", "desa-migran-demo", cookies);
    const bad = await outcome(accountActions.telepon, event("/akun", { form: { phone: "123" }, cookies }));
    expect(bad.value).toMatchObject({
      status: 400,
      data: { values: { phone: "123" }, errors: { fields: { phone: expect.stringMatching(/tidak valid/) } } },
    });
    const saved = await outcome(accountActions.telepon, event("/akun", { form: { phone: "0812 3456 7890" }, cookies }));
    expect(saved.value).toEqual({ action: "telepon", saved: "saved" });
    expect((await outcome(loadAccount, event("/akun", { cookies }))).value.account.phone).toBe("+6281234567890");
    const checkout = await outcome(loadCheckout, event("/keranjang/checkout", { cookies }));
    expect(checkout.value.defaults.phone).toBe("+6281234567890");
  });

  it("refuses a wrong current password, changes it with the right one", async () => {
    const cookies = new Map<string, string>();
    await signIn("desa@desamigran.id", "desa-migran-demo", cookies);
    const wrong = await outcome(
      accountActions.sandi,
      event("/akun", { form: { currentPassword: "bukan-ini-123", newPassword: "sandi-baru-desa-99" }, cookies }),
    );
    expect(wrong.value).toMatchObject({
      status: 400,
      data: { errors: { fields: { currentPassword: "Kata sandi saat ini salah." } } },
    });
    const done = await outcome(
      accountActions.sandi,
      event("/akun", { form: { currentPassword: "desa-migran-demo", newPassword: "sandi-baru-desa-99" }, cookies }),
    );
    expect(done.value).toEqual({ action: "sandi", revokedSessions: 0 });
    expect((await outcome(loadAccount, event("/akun", { cookies }))).value.account.email).toBe("desa@desamigran.id");
  });

  it("signs out everywhere: this browser's session and the other device's both end", async () => {
    const here = new Map<string, string>();
    const phone = new Map<string, string>();
    await signIn("koperasi@desamigran.id", "desa-migran-demo", here);
    await signIn("koperasi@desamigran.id", "desa-migran-demo", phone);
    const result = await outcome(accountActions.keluarSemua, event("/akun", { cookies: here }));
    expect(result).toMatchObject({ status: 303, location: "/masuk?alasan=semua" });
    expect(here.has("dm_session")).toBe(false);
    expect(await outcome(loadAccount, event("/akun", { cookies: phone }))).toMatchObject({
      status: 303,
      location: "/masuk?kembali=%2Fakun",
    });
  });
});
