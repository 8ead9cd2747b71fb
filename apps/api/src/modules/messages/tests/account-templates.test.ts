// Account messages (sign-up, password) moved from auth's own outbox writer into the templates: they must read exactly
// as before (the words, the link in the sentence, plain text without HTML or a preferences footer).
import { describe, expect, it } from "vitest";

import { renderMessage } from "../templates.ts";

const ORIGIN = "https://desamigran.id";
const LINK = `${ORIGIN}/atur-ulang-sandi?token=abc_123`;

describe("account messages", () => {
  it("writes a reset link in Bahasa Indonesia and English, as plain text with the link in full", () => {
    // given a reset link for Sari
    // when the message is rendered in each language
    const id = renderMessage("PASSWORD_RESET", { name: "Sari", link: LINK }, "id", ORIGIN);
    const en = renderMessage("PASSWORD_RESET", { name: "Sari", link: LINK }, "en", ORIGIN);
    // then it reads as it always did, with no HTML part and no footer about message preferences
    expect(id).toEqual({
      subject: "Atur ulang kata sandi Desa Migran Anda",
      text:
        `Halo Sari, buka tautan ini dalam 1 jam untuk memilih kata sandi baru: ${LINK}\n` +
        "Jika Anda tidak memintanya, abaikan pesan ini: kata sandi Anda tetap sama.",
      html: null,
    });
    expect(en).toEqual({
      subject: "Reset your Desa Migran password",
      text:
        `Hello Sari, open this link within 1 hour to choose a new password: ${LINK}\n` +
        "If you did not ask for this, ignore this message: your password stays the same.",
      html: null,
    });
  });

  it("writes the sign-up messages and both password-changed notes", () => {
    const confirm = `${ORIGIN}/daftar/konfirmasi?token=t0k3n&kembali=%2Fkeranjang`;
    expect(renderMessage("SIGN_UP_CONFIRM", { name: "Budi", link: confirm }, "en", ORIGIN)).toEqual({
      subject: "Activate your Desa Migran account",
      text: `Hello Budi, open this link within 24 hours to activate your account: ${confirm}`,
      html: null,
    });
    expect(renderMessage("SIGN_UP_EXISTING", { signInLink: `${ORIGIN}/masuk` }, "id", ORIGIN).text).toBe(
      `Email ini sudah punya akun Desa Migran. Jika itu Anda, silakan masuk di ${ORIGIN}/masuk. Jika bukan, abaikan pesan ini.`,
    );
    expect(renderMessage("PASSWORD_CHANGED", { name: "Budi", signedOutEverywhere: true }, "en", ORIGIN).text).toBe(
      "Hello Budi, your password was just changed and every device was signed out. If this was not you, reset your password now.",
    );
    expect(renderMessage("PASSWORD_CHANGED", { name: "Budi", signedOutEverywhere: false }, "id", ORIGIN)).toEqual({
      subject: "Kata sandi Desa Migran Anda telah diganti",
      text: "Halo Budi, kata sandi Anda baru saja diganti dari halaman akun. Jika ini bukan Anda, segera atur ulang kata sandi.",
      html: null,
    });
  });
});
