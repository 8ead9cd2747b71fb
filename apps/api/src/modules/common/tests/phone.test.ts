import { describe, expect, it } from "vitest";

import { phoneNumber, toE164 } from "../phone.ts";

describe("phone numbers", () => {
  it("writes the Indonesian ways of writing one number as one E.164 number", () => {
    for (const written of [
      "0812-3456-7890",
      "081234567890",
      "+62 812 3456 7890",
      "62812 3456 7890",
      "0062812345678 90",
    ]) {
      expect(toE164(written), written).toBe("+6281234567890");
    }
  });

  it("keeps numbers abroad when they carry their country code, and a landline with its area code", () => {
    expect(toE164("+886 912 345 678")).toBe("+886912345678");
    expect(toE164("(0274) 512345")).toBe("+62274512345");
  });

  it("refuses what is not a phone number", () => {
    for (const written of ["0812", "hello", "", "+62 12"]) expect(toE164(written), written).toBeNull();
  });

  it("validates input into E.164 and explains a refusal with an example", () => {
    expect(phoneNumber().parse(" 0812 3456 7890 ")).toBe("+6281234567890");
    const result = phoneNumber().safeParse("12");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/0812-3456-7890/);
  });
});
