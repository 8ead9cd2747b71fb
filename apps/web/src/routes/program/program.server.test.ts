// The program pages (/program, /program/[slug], /sertifikat, /mitra/program): their load functions and form actions
// against the real API on a seeded database, called as Kit calls them on the server. A returnee applies (with and
// without consent), the partner accepts, records attendance and completes, and the certificate verifies by its code.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { formatDate, todayInJakarta } from "#lib/format.ts";
import { outcomeCount } from "#lib/program/labels.ts";

import { signInToken } from "../../../testing/commerce-session.ts";
import { outcome, serverEvent } from "../../../testing/load-event.ts";
import { type RealApi, startRealApi } from "../../../testing/real-api.ts";
import * as partnerProgramPage from "../mitra/program/[slug]/+page.server.ts";
import * as partnerProgramsPage from "../mitra/program/+page.server.ts";
import * as certificatePage from "../sertifikat/[code]/+page.server.ts";
import * as certificateFormPage from "../sertifikat/+page.server.ts";
import * as programPage from "./[slug]/+page.server.ts";
import * as listPage from "./+page.server.ts";

type Any = any;

// The partner's (Universitas Cendekia Nusantara) online class: running now, 40 places, three completed already.
const SLUG = "kelas-daring-bahasa-inggris-kerja";

let api: RealApi;
let partner: string;
let entrepreneur: string;
let buyer: string;

const event = (path: string, options: { token?: string; form?: Record<string, string>; params?: object } = {}): Any =>
  serverEvent(api.url, path, options as Any);

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  // Vitest resolves Kit's redirect() to its browser half, which reads window.location (set after PGlite has loaded).
  (globalThis as Any).window ??= { location: { origin: "http://localhost" } };
  [partner, entrepreneur, buyer] = await Promise.all([
    signInToken(api.url, "partner"),
    signInToken(api.url, "entrepreneur"),
    signInToken(api.url, "buyer"),
  ]);
}, 180_000);

afterAll(async () => {
  await api?.stop();
});

describe("public /program", () => {
  it("lists programs with what they teach, the organization, where, when and places left", async () => {
    const data = (await listPage.load(event("/program"))) as Any;
    expect(data.programs.length).toBeGreaterThan(3);
    const online = data.programs.find((p: Any) => p.slug === SLUG);
    expect(online).toMatchObject({
      online: true,
      capacity: 40,
      placesLeft: 36,
      organization: { name: "Pusat Studi Migrasi dan Pembangunan Desa, Universitas Cendekia Nusantara" },
    });
    expect(online.teaches).toContain("Menjawab pertanyaan pembeli");
  });

  it("lists the latest start first, twelve a page, with no page links while all fit on one", async () => {
    const data = (await listPage.load(event("/program"))) as Any;
    const starts = data.programs.map((p: Any) => Date.parse(p.startsOn));
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
    expect(data.programs.length).toBeLessThanOrEqual(12);
    expect(data.links).toEqual({ previous: null, next: null });
  });

  it("shows a program's details and outcomes, small counts suppressed (never 0), and asks a visitor to sign in", async () => {
    const data = (await programPage.load(event(`/program/${SLUG}`, { params: { slug: SLUG } }))) as Any;
    expect(data.program.title).toBe("Kelas daring percakapan bahasa Inggris untuk kerja dan usaha");
    expect(data.program.outcomes).toMatchObject({ applicants: 5, accepted: 4, completed: 3 });
    expect(data.applicant).toBeNull();
    expect(data.signIn).toBe(`/masuk?kembali=%2Fprogram%2F${SLUG}`);
    expect(data.consent.version).toBeTruthy();
    expect(data.consent.textId).toContain("sertifikat");

    // One person in a program: every count is below 3 and reads "< 3", not 0
    const small = (await programPage.load(
      event("/program/migrasi-aman-cpmi-kalisabuk", { params: { slug: "migrasi-aman-cpmi-kalisabuk" } }),
    )) as Any;
    expect(small.program.outcomes.applicants).toBeNull();
    expect(outcomeCount(small.program.outcomes.applicants, "id")).toBe("< 3");
    expect(outcomeCount(data.program.outcomes.completed, "id")).toBe("3");
  });

  it("answers 404 for an unknown program", async () => {
    expect(await outcome(programPage.load(event("/program/tidak-ada", { params: { slug: "tidak-ada" } })))).toEqual({
      status: 404,
      location: undefined,
    });
  });
});

describe("applying, accepting, completing and verifying", () => {
  let certificateCode = "";

  it("refuses an application without consent, in Bahasa Indonesia, keeping the choice; then takes it with consent", async () => {
    // Given the returnee signed in on the program's page
    const page = (await programPage.load(
      event(`/program/${SLUG}`, { token: entrepreneur, params: { slug: SLUG } }),
    )) as Any;
    expect(page.applicant).not.toBeNull();
    const form = { programId: page.program.id, personId: "", consentVersion: page.consent.version };

    // When they send the form without ticking the consent box
    const refused = (await (programPage.actions as Any).daftar(
      event(`/program/${SLUG}?/daftar`, { token: entrepreneur, form, params: { slug: SLUG } }),
    )) as Any;
    // Then it is refused next to the consent box, and nothing was applied
    expect(refused.status).toBe(400);
    expect(refused.data.errors.fields.consent).toMatch(/persetujuan/i);

    // When they tick it
    const applied = (await (programPage.actions as Any).daftar(
      event(`/program/${SLUG}?/daftar`, {
        token: entrepreneur,
        form: { ...form, consent: "ya" },
        params: { slug: SLUG },
      }),
    )) as Any;
    expect(applied).toEqual({ action: "daftar", applied: { status: "APPLIED" } });

    // And a second application is refused with the typed error's message
    const twice = (await (programPage.actions as Any).daftar(
      event(`/program/${SLUG}?/daftar`, {
        token: entrepreneur,
        form: { ...form, consent: "ya" },
        params: { slug: SLUG },
      }),
    )) as Any;
    expect(twice.status).toBe(400);
    expect(twice.data.errors.form).toBeTruthy();
  });

  it("sends a signed-out visitor who posts the form to sign in", async () => {
    const result = await outcome(
      (programPage.actions as Any).daftar(
        event(`/program/${SLUG}?/daftar`, { form: { consent: "ya" }, params: { slug: SLUG } }),
      ),
    );
    expect(result).toEqual({ status: 303, location: `/masuk?kembali=%2Fprogram%2F${SLUG}` });
  });

  it("lets the partner accept, record attendance and complete, which issues a certificate", async () => {
    // Given the partner's program list
    const list = (await partnerProgramsPage.load(event("/mitra/program", { token: partner }))) as Any;
    expect(list.organizations).toHaveLength(1);
    expect(list.organizations[0].programs.map((p: Any) => p.slug)).toContain(SLUG);
    // And the organization's outcomes: published counts summed, none below 3
    const sums = Object.values(list.organizations[0].outcomes).filter((count) => typeof count === "number");
    expect(list.organizations[0].outcomes.applicants).toBeGreaterThanOrEqual(10);
    for (const count of sums) expect(count).toBeGreaterThanOrEqual(3);

    // And the program's page with the new applicant
    const params = { slug: SLUG };
    const managed = (await partnerProgramPage.load(event(`/mitra/program/${SLUG}`, { token: partner, params }))) as Any;
    const application = managed.applications.find(
      (a: Any) => a.participantName === "Siti Aminah" && a.status === "APPLIED",
    );
    expect(application).toBeTruthy();
    const actions = partnerProgramPage.actions as Any;
    const post = (name: string, form: Record<string, string>) =>
      actions[name](event(`/mitra/program/${SLUG}?/${name}`, { token: partner, form, params }));

    // When the partner completes before accepting, the typed error says why on that row
    const early = await post("selesai", { enrolmentId: application.id });
    expect(early.status).toBe(400);
    expect(early.data.values.enrolmentId).toBe(application.id);
    expect(early.data.errors.form).toBeTruthy();

    // When they accept, record today's attendance and complete
    expect(await post("putuskan", { enrolmentId: application.id, keputusan: "terima" })).toEqual({
      action: "putuskan",
      decided: { status: "ENROLLED" },
    });
    expect(await post("hadir", { enrolmentId: application.id, day: todayInJakarta(), present: "ya" })).toEqual({
      action: "hadir",
      recorded: true,
    });
    const completed = await post("selesai", { enrolmentId: application.id });
    expect(completed.action).toBe("selesai");
    certificateCode = completed.completed.code;
    expect(certificateCode).toMatch(/^[0-9A-Z]{5}-[0-9A-Z]{5}$/);

    // Then the page shows the participant completed, with the day attended and the certificate's code
    const after = (await partnerProgramPage.load(event(`/mitra/program/${SLUG}`, { token: partner, params }))) as Any;
    const done = after.applications.find((a: Any) => a.id === application.id);
    expect(done).toMatchObject({ status: "COMPLETED", certificateCode });
    expect(done.attendance).toEqual([{ day: `${todayInJakarta()}T00:00:00.000Z`, present: true }]);
  });

  it("verifies the certificate by its code: any case or spacing, printed fields only; an unknown code is 404", async () => {
    const plain = certificateCode.replace("-", "");
    const data = (await certificatePage.load(
      event(`/sertifikat/${certificateCode}`, { params: { code: certificateCode } }),
    )) as Any;
    expect(data.certificate).toMatchObject({
      code: certificateCode,
      participantName: "Siti Aminah",
      programTitle: "Kelas daring percakapan bahasa Inggris untuk kerja dan usaha",
      organizationName: "Pusat Studi Migrasi dan Pembangunan Desa, Universitas Cendekia Nusantara",
    });
    expect(formatDate(data.certificate.completedAt, "id")).toBe(formatDate(todayInJakarta(), "id"));

    expect(
      await outcome(
        certificatePage.load(event(`/sertifikat/${plain.toLowerCase()}`, { params: { code: plain.toLowerCase() } })),
      ),
    ).toEqual({ status: 308, location: `/sertifikat/${certificateCode}` });
    expect(
      await outcome(certificatePage.load(event("/sertifikat/AAAAA-AAAAA", { params: { code: "AAAAA-AAAAA" } }))),
    ).toEqual({
      status: 404,
      location: undefined,
    });
    expect(
      await outcome(certificatePage.load(event("/sertifikat/bukan", { params: { code: "bukan" } }))),
    ).toMatchObject({
      status: 404,
    });

    // The form on /sertifikat goes to the code's page; an empty one stays and says what to type
    expect(
      await outcome(certificateFormPage.load(event(`/sertifikat?kode=${encodeURIComponent(` ${plain} `)}`) as Any)),
    ).toEqual({
      status: 303,
      location: `/sertifikat/${certificateCode}`,
    });
    expect(await certificateFormPage.load(event("/sertifikat?kode=") as Any)).toEqual({
      code: "",
      error: "Ketik kode sertifikat.",
    });
  });

  it("keeps a program's applicants from anyone outside its organization", async () => {
    const params = { slug: SLUG };
    expect(
      await outcome(partnerProgramPage.load(event(`/mitra/program/${SLUG}`, { token: buyer, params }))),
    ).toMatchObject({
      status: 403,
    });
    expect(await outcome(partnerProgramPage.load(event(`/mitra/program/${SLUG}`, { params })))).toEqual({
      status: 303,
      location: `/masuk?kembali=%2Fmitra%2Fprogram%2F${SLUG}`,
    });
    const none = (await partnerProgramsPage.load(event("/mitra/program", { token: buyer }))) as Any;
    expect(none.organizations).toEqual([]);
  });

  it("creates a program, refusing a missing title by its field", async () => {
    const list = (await partnerProgramsPage.load(event("/mitra/program", { token: partner }))) as Any;
    const organizationId = list.organizations[0].id;
    const form = {
      organizationId,
      title: "",
      kind: "MENTORING",
      description: "Pendampingan pemasaran daring",
      teaches: "Memotret produk\nMenulis deskripsi",
      venue: "Balai desa Juntinyuat",
      schedule: "Jumat, 14.00-16.00",
      capacity: "abc",
      startsOn: "2027-02-01",
      endsOn: "2027-03-01",
    };
    const refused = (await (partnerProgramsPage.actions as Any).buat(
      event("/mitra/program?/buat", { token: partner, form }),
    )) as Any;
    expect(refused.status).toBe(400);
    expect(refused.data.errors.fields.capacity).toBe("Tulis angka bulat.");

    const noTitle = (await (partnerProgramsPage.actions as Any).buat(
      event("/mitra/program?/buat", { token: partner, form: { ...form, capacity: "10" } }),
    )) as Any;
    expect(noTitle.status).toBe(400);
    expect(noTitle.data.errors.fields.title).toBeTruthy();

    const created = await outcome(
      (partnerProgramsPage.actions as Any).buat(
        event("/mitra/program?/buat", {
          token: partner,
          form: { ...form, capacity: "10", title: "Pendampingan pemasaran" },
        }),
      ),
    );
    expect(created.status).toBe(303);
    expect(created.location).toMatch(/^\/mitra\/program\/[a-z0-9-]+\?dibuat=1$/);
    const slug = created.location.split("/").pop().split("?")[0];
    const page = (await programPage.load(event(`/program/${slug}`, { params: { slug } }))) as Any;
    expect(page.program).toMatchObject({
      title: "Pendampingan pemasaran",
      kind: "MENTORING",
      capacity: 10,
      placesLeft: 10,
    });
  });
});
