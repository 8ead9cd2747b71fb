// The village officer pages' load functions and form actions against the real API on a seeded database.
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { apiCall } from "../../../testing/commerce-session.ts";
import { type RealApi, startRealApi, unreachableApiUrl } from "../../../testing/real-api.ts";
import { actions as signInActions } from "../masuk/+page.server.ts";
import { load as loadVillageLayout } from "./[village]/+layout.server.ts";
import { load as loadOverview } from "./[village]/+page.server.ts";
import { actions as storyListActions, load as loadStories } from "./[village]/cerita/+page.server.ts";
import { actions as newStoryActions } from "./[village]/cerita/baru/+page.server.ts";
import { actions as caseActions, load as loadCase } from "./[village]/kasus/[kasus]/+page.server.ts";
import { load as loadCases } from "./[village]/kasus/+page.server.ts";
import { actions as openCaseActions, load as loadOpenCase } from "./[village]/kasus/baru/+page.server.ts";
import { actions as personActions, load as loadPerson } from "./[village]/registri/[orang]/+page.server.ts";
import { actions as registryActions, load as loadRegistry } from "./[village]/registri/+page.server.ts";
import { actions as registerActions } from "./[village]/registri/baru/+page.server.ts";
import { load as loadOfficeLayout } from "./+layout.server.ts";
import { load as loadOffices } from "./+page.server.ts";

type Handler = (event: any) => Promise<any>;

const VILLAGE = "juntinyuat-indramayu";
let api: RealApi;

interface EventOptions {
  params?: Record<string, string>;
  form?: Record<string, string>;
  cookies?: Map<string, string>;
  /** Data of the layouts above the page, as Kit's `parent()` returns it. */
  parent?: () => Promise<Record<string, unknown>>;
}

/** A request event as Kit gives loads and actions on the server; setHeaders refuses a header set twice, like Kit. */
function event(path: string, options: EventOptions = {}) {
  const jar = options.cookies ?? new Map<string, string>();
  const url = new URL(path, "http://localhost");
  const headers: Record<string, string> = {};
  return {
    url,
    params: options.params ?? {},
    request: new Request(url, {
      method: options.form ? "POST" : "GET",
      ...(options.form ? { body: new URLSearchParams(options.form) } : {}),
    }),
    cookies: {
      get: (name: string) => jar.get(name),
      set: (name: string, value: string) => void jar.set(name, value),
      delete: (name: string) => void jar.delete(name),
    },
    fetch: (_input: unknown, init?: RequestInit) => globalThis.fetch(api.url, init),
    setHeaders: (set: Record<string, string>) => {
      for (const [name, value] of Object.entries(set)) {
        if (name in headers) throw new Error(`${name} header is already set`);
        headers[name] = value;
      }
    },
    parent: options.parent ?? (async () => ({})),
    headers,
    jar,
  };
}

/** Runs a load/action and returns what it returned, or the redirect/error it threw. */
async function outcome(handler: unknown, e: ReturnType<typeof event>) {
  try {
    return { value: await (handler as Handler)(e) };
  } catch (thrown) {
    const t = thrown as { status?: number; location?: string };
    if (typeof t.status !== "number") throw thrown;
    return { status: t.status, location: t.location };
  }
}

async function signedInAs(email: string): Promise<Map<string, string>> {
  const e = event("/masuk", { form: { email, password: "desa-migran-demo", kembali: "/kantor-desa" } });
  expect(await outcome(signInActions.default, e)).toMatchObject({ status: 303, location: "/kantor-desa" });
  return e.jar;
}

/** A page under /kantor-desa/[village], with its two layouts run first as Kit does. */
function villageEvent(
  path: string,
  cookies: Map<string, string>,
  options: Omit<EventOptions, "cookies" | "parent"> = {},
) {
  const params = { village: VILLAGE, ...options.params };
  const e = event(path, { ...options, params, cookies });
  e.parent = async () => {
    const root = await (loadOfficeLayout as Handler)(e);
    const village = await (loadVillageLayout as Handler)({ ...e, parent: async () => root });
    return { ...root, ...village };
  };
  return e;
}

let officer: Map<string, string>;

beforeAll(async () => {
  api = await startRealApi({ seed: true });
  // The component-test plugin resolves Kit's "browser" build, whose redirect() reads
  // window.location.origin. Set after the embedded database has started (it probes for a window).
  const location = new URL("http://localhost");
  Object.assign(globalThis, {
    window: new Proxy(globalThis, { get: (target, key) => (key === "location" ? location : Reflect.get(target, key)) }),
  });
  officer = await signedInAs("desa@desamigran.id");
}, 180_000);

afterAll(async () => {
  Reflect.deleteProperty(globalThis, "window");
  await api?.stop();
});

describe("who may open /kantor-desa", () => {
  it("sends a signed-out visitor to sign in and back to the page, without the search (names, NIKs) in `kembali`", async () => {
    const result = await outcome(
      loadOfficeLayout,
      event(`/kantor-desa/${VILLAGE}/registri?cari=rokayah&status=ABROAD`),
    );
    expect(result).toMatchObject({
      status: 303,
      location: `/masuk?kembali=${encodeURIComponent(`/kantor-desa/${VILLAGE}/registri`)}`,
    });
  });

  it("lists the officer's villages and marks the pages private and uncacheable", async () => {
    const e = event("/kantor-desa", { cookies: officer });
    const layout = await outcome(loadOfficeLayout, e);
    expect(e.headers["cache-control"]).toBe("private, no-store");
    expect(layout.value.officerName).toBe("Nurul Hidayah");
    expect(layout.value.offices.map((o: { village: { slug: string } }) => o.village.slug)).toEqual([VILLAGE]);
    e.parent = async () => layout.value;
    expect(await outcome(loadOffices, e)).toEqual({ value: {} });
  });

  it("refuses a buyer with 403, on the list and on a village's registry", async () => {
    const buyer = await signedInAs("pembeli@desamigran.id");
    const list = event("/kantor-desa", { cookies: buyer });
    list.parent = async () => (loadOfficeLayout as Handler)(list);
    expect((await outcome(loadOffices, list)).status).toBe(403);
    expect((await outcome(loadRegistry, villageEvent(`/kantor-desa/${VILLAGE}/registri`, buyer))).status).toBe(403);
    // An action checks the office too, not only the page.
    const register = villageEvent(`/kantor-desa/${VILLAGE}/registri/baru`, buyer, {
      form: { fullName: "Orang Luar", consentGiven: "on" },
    });
    expect((await outcome(registerActions.default, register)).status).toBe(403);
  });

  it("refuses an officer on another village's pages", async () => {
    const result = await outcome(
      loadRegistry,
      villageEvent("/kantor-desa/krasak-indramayu/registri", officer, { params: { village: "krasak-indramayu" } }),
    );
    expect(result.status).toBe(403);
  });
});

describe("migrant registry", () => {
  it("shows the registry by name with statuses and destinations, filters it, and counts it on the overview", async () => {
    const all = await outcome(loadRegistry, villageEvent(`/kantor-desa/${VILLAGE}/registri`, officer));
    expect(all.value.people.length).toBeGreaterThan(0);
    const names = all.value.people.map((p: { fullName: string }) => p.fullName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b)));

    const abroad = await outcome(
      loadRegistry,
      villageEvent(`/kantor-desa/${VILLAGE}/registri?status=ABROAD&negara=tw`, officer),
    );
    expect(abroad.value.filter).toEqual({ cari: "", status: "ABROAD", negara: "TW" });
    expect(abroad.value.people.length).toBeGreaterThan(0);
    for (const person of abroad.value.people)
      expect(person).toMatchObject({ currentStatus: "ABROAD", destinationCountry: "TW" });

    const overview = await outcome(loadOverview, villageEvent(`/kantor-desa/${VILLAGE}`, officer));
    expect(overview.value.summary.total).toBeGreaterThanOrEqual(all.value.people.length);
    expect(overview.value.openCaseCount).toBe(1);
  });

  it("never takes a NIK from the address: it sends the officer to the address without it, and says why", async () => {
    const registry = `/kantor-desa/${VILLAGE}/registri`;
    // Any way of writing a NIK (or a part of one): dots, dashes, spaces, next to a name.
    for (const cari of ["3212010101900001", "3212.0101.0190", "3212-0101-01", "rokayah 3212 0101 0190 0001"]) {
      const result = await outcome(
        loadRegistry,
        villageEvent(`${registry}?status=ABROAD&cari=${encodeURIComponent(cari)}`, officer),
      );
      expect(result, cari).toMatchObject({ status: 303, location: `${registry}?status=ABROAD&nik-dihapus=1` });
    }
    const cleaned = await outcome(loadRegistry, villageEvent(`${registry}?status=ABROAD&nik-dihapus=1`, officer));
    expect(cleaned.value).toMatchObject({ nikInAddress: true, filter: { cari: "", status: "ABROAD" } });
    // A name, even with a short number, is searched as typed.
    const name = await outcome(
      loadRegistry,
      villageEvent(`${registry}?cari=${encodeURIComponent("Rokayah 2")}`, officer),
    );
    expect(name.value).toMatchObject({ nikInAddress: false, filter: { cari: "Rokayah 2" } });

    // The case picker does the same.
    const picker = `/kantor-desa/${VILLAGE}/kasus/baru`;
    expect(await outcome(loadOpenCase, villageEvent(`${picker}?cari=3212-0101-0190-0001`, officer))).toMatchObject({
      status: 303,
      location: `${picker}?nik-dihapus=1`,
    });
    expect((await outcome(loadOpenCase, villageEvent(`${picker}?nik-dihapus=1`, officer))).value).toMatchObject({
      nikInAddress: true,
      search: "",
      matches: [],
    });
  });

  let personId = "";

  it("registers a migrant: errors next to the fields, the NIK never sent back, then the person page", async () => {
    const typed = {
      fullName: "Wartini Binti Kasta",
      nik: "3212 0141 0590 0007",
      gender: "FEMALE",
      birthDate: "1990-05-01",
      phone: "+6281234500007",
    };
    const refused = await outcome(
      registerActions.default,
      villageEvent(`/kantor-desa/${VILLAGE}/registri/baru`, officer, { form: typed }),
    );
    expect(refused.value).toMatchObject({
      status: 400,
      data: {
        values: { fullName: typed.fullName, nik: "", nikTyped: "1" },
        errors: { fields: { consentGiven: expect.stringMatching(/persetujuan/) } },
      },
    });
    expect(JSON.stringify(refused.value)).not.toContain("0590");

    const badNik = await outcome(
      registerActions.default,
      villageEvent(`/kantor-desa/${VILLAGE}/registri/baru`, officer, {
        form: { ...typed, nik: "12345", consentGiven: "on" },
      }),
    );
    expect(badNik.value).toMatchObject({
      status: 400,
      data: { errors: { fields: { nik: expect.stringMatching(/16 digit/) } } },
    });

    const badDate = await outcome(
      registerActions.default,
      villageEvent(`/kantor-desa/${VILLAGE}/registri/baru`, officer, {
        form: { ...typed, birthDate: "1990-02-30", consentGiven: "on" },
      }),
    );
    expect(badDate.value).toMatchObject({
      status: 400,
      data: { errors: { fields: { birthDate: expect.any(String) } } },
    });

    const done = await outcome(
      registerActions.default,
      villageEvent(`/kantor-desa/${VILLAGE}/registri/baru`, officer, { form: { ...typed, consentGiven: "on" } }),
    );
    expect(done.status).toBe(303);
    const match = new RegExp(`^/kantor-desa/${VILLAGE}/registri/([^/?]+)\\?terdaftar=1$`).exec(done.location ?? "");
    expect(match).not.toBeNull();
    personId = decodeURIComponent(match![1]!);

    const again = await outcome(
      registerActions.default,
      villageEvent(`/kantor-desa/${VILLAGE}/registri/baru`, officer, {
        form: { ...typed, fullName: "Orang Lain", consentGiven: "on" },
      }),
    );
    expect(again.value).toMatchObject({
      status: 400,
      data: { errors: { fields: { nik: expect.stringMatching(/sudah terdaftar/) } } },
    });

    const page = await outcome(loadPerson, villageEvent(done.location!, officer, { params: { orang: personId } }));
    expect(page.value).toMatchObject({
      registered: true,
      openEpisode: null,
      person: { fullName: typed.fullName, gender: "FEMALE", phone: typed.phone, currentStatus: null, episodes: [] },
    });
    expect(JSON.stringify(page.value)).not.toContain("0590");
  });

  it("records a stint abroad and the departure, refuses a return dated before it, and the person shows in the registry", async () => {
    const here = `/kantor-desa/${VILLAGE}/registri/${encodeURIComponent(personId)}`;
    const params = { orang: personId };
    const form = {
      status: "PROSPECTIVE",
      destinationCountry: "TW",
      jobSector: "Perawat lansia",
      employerName: "",
      placementAgency: "PT Maju Jaya",
      procedural: "on",
      plannedDepartureAt: "2027-01-15",
      departedAt: "2026-11-01",
      returnedAt: "",
      consentGivenAt: "2026-11-20",
    };
    const contradictory = await outcome(personActions.catat, villageEvent(here, officer, { params, form }));
    expect(contradictory.value).toMatchObject({
      status: 400,
      data: {
        action: "catat",
        values: { jobSector: "Perawat lansia" },
        errors: { fields: { dates: expect.stringMatching(/Calon PMI/) } },
      },
    });

    expect(
      await outcome(personActions.catat, villageEvent(here, officer, { params, form: { ...form, departedAt: "" } })),
    ).toMatchObject({ status: 303, location: `${here}?tersimpan=catat` });
    const page = await outcome(loadPerson, villageEvent(here, officer, { params }));
    expect(page.value.person.currentStatus).toBe("PROSPECTIVE");
    expect(page.value.person.episodes[0]).toMatchObject({
      destinationCountry: "TW",
      jobSector: "Perawat lansia",
      employerName: null,
      placementAgency: "PT Maju Jaya",
      procedural: true,
      recordedByName: "Nurul Hidayah",
    });
    const episodeId = page.value.openEpisode.id;

    const depart = await outcome(
      personActions.status,
      villageEvent(here, officer, { params, form: { episodeId, status: "ABROAD", date: "2026-11-25" } }),
    );
    expect(depart).toMatchObject({ status: 303, location: `${here}?tersimpan=berangkat` });
    const early = await outcome(
      personActions.status,
      villageEvent(here, officer, { params, form: { episodeId, status: "RETURNED", date: "2026-11-20" } }),
    );
    expect(early.value).toMatchObject({
      status: 400,
      data: { action: "status", errors: { fields: { date: expect.stringMatching(/sebelum tanggal berangkat/) } } },
    });

    const found = await outcome(loadRegistry, villageEvent(`/kantor-desa/${VILLAGE}/registri?cari=wartini`, officer));
    expect(found.value.people).toEqual([
      expect.objectContaining({ id: personId, currentStatus: "ABROAD", destinationCountry: "TW" }),
    ]);

    const checked = await outcome(
      registryActions.cekNik,
      villageEvent(`/kantor-desa/${VILLAGE}/registri`, officer, { form: { nik: "3212014105900007" } }),
    );
    expect(checked.value).toMatchObject({ checked: true, found: { id: personId, fullName: "Wartini Binti Kasta" } });
  });

  it("hides a person of another village, and one that does not exist (404)", async () => {
    const admin = await signedInAs("admin@desamigran.id");
    const other = await apiCall<{ village: { registry: { edges: { node: { id: string } }[] } } }>(
      api.url,
      `{ village(slug: "krasak-indramayu") { registry(first: 1) { edges { node { id } } } } }`,
      {},
      admin.get("dm_session"),
    );
    const stranger = other.village.registry.edges[0]!.node.id;
    const path = (id: string) => `/kantor-desa/${VILLAGE}/registri/${encodeURIComponent(id)}`;
    expect(
      (await outcome(loadPerson, villageEvent(path(stranger), officer, { params: { orang: stranger } }))).status,
    ).toBe(404);
    const missing = Buffer.from("Person:00000000-0000-4000-8000-000000000000").toString("base64");
    expect(
      (await outcome(loadPerson, villageEvent(path(missing), officer, { params: { orang: missing } }))).status,
    ).toBe(404);
    // An action on someone else's person is refused the same way, before any change.
    const form = { status: "PROSPECTIVE", destinationCountry: "MY", procedural: "on", consentGivenAt: "2026-11-20" };
    expect(
      (await outcome(personActions.catat, villageEvent(path(stranger), officer, { params: { orang: stranger }, form })))
        .status,
    ).toBe(404);
    // A hand-edited ID that names no row (not a UUID, or another type's ID) is "not found" too, not an API error.
    for (const bad of ["Person:123", "ProtectionCase:00000000-0000-4000-8000-000000000000", "not base64!"]) {
      const id = bad.includes(" ") ? bad : Buffer.from(bad).toString("base64");
      expect((await outcome(loadPerson, villageEvent(path(id), officer, { params: { orang: id } }))).status, bad).toBe(
        404,
      );
    }
  });

  it("keeps what was typed when the API cannot be reached during an action", async () => {
    const down = await unreachableApiUrl();
    const unreachable = (e: ReturnType<typeof event>) =>
      Object.assign(e, { fetch: (_input: unknown, init?: RequestInit) => globalThis.fetch(down, init) });
    const here = `/kantor-desa/${VILLAGE}/registri/${encodeURIComponent(personId)}`;
    const form = {
      status: "PROSPECTIVE",
      destinationCountry: "MY",
      jobSector: "Pabrik elektronik",
      procedural: "on",
      consentGivenAt: "2026-11-20",
    };
    const result = await outcome(
      personActions.catat,
      unreachable(villageEvent(here, officer, { params: { orang: personId }, form })),
    );
    expect(result.value).toMatchObject({
      status: 503,
      data: { action: "catat", values: { jobSector: "Pabrik elektronik" }, errors: { form: expect.any(String) } },
    });

    const opened = await outcome(
      openCaseActions.default,
      unreachable(
        villageEvent(`/kantor-desa/${VILLAGE}/kasus/baru`, officer, {
          form: { personId, type: "FRAUD", summary: "Biaya penempatan di luar ketentuan." },
        }),
      ),
    );
    expect(opened.value).toMatchObject({
      status: 503,
      data: { values: { summary: "Biaya penempatan di luar ketentuan." } },
    });
  });

  describe("protection cases", () => {
    it("lists the cases the officer handles, newest first, and filters by status", async () => {
      const list = await outcome(loadCases, villageEvent(`/kantor-desa/${VILLAGE}/kasus`, officer));
      expect(list.value.cases).toEqual([
        expect.objectContaining({ type: "UNPAID_WAGES", status: "REFERRED", countryOfIncident: "SA" }),
      ]);
      const resolved = await outcome(loadCases, villageEvent(`/kantor-desa/${VILLAGE}/kasus?status=RESOLVED`, officer));
      expect(resolved.value).toMatchObject({ status: "RESOLVED", cases: [] });
    });

    it("opens a case for a registered person, adds steps, and refuses a change once it is closed", async () => {
      const picker = await outcome(
        loadOpenCase,
        villageEvent(`/kantor-desa/${VILLAGE}/kasus/baru?cari=wartini`, officer),
      );
      expect(picker.value.matches).toEqual([expect.objectContaining({ id: personId })]);

      const path = `/kantor-desa/${VILLAGE}/kasus/baru?orang=${encodeURIComponent(personId)}`;
      const short = await outcome(
        openCaseActions.default,
        villageEvent(path, officer, {
          form: { personId, type: "UNPAID_WAGES", summary: "Pendek", countryOfIncident: "TW" },
        }),
      );
      expect(short.value).toMatchObject({
        status: 400,
        data: { values: { summary: "Pendek" }, errors: { fields: { summary: expect.stringMatching(/minimal 10/) } } },
      });

      const summary = "Majikan menahan gaji dua bulan terakhir; keluarga meminta pendampingan.";
      const opened = await outcome(
        openCaseActions.default,
        villageEvent(path, officer, { form: { personId, type: "UNPAID_WAGES", summary, countryOfIncident: "TW" } }),
      );
      expect(opened.status).toBe(303);
      const caseId = decodeURIComponent(/\/kasus\/([^/?]+)\?dibuka=1$/.exec(opened.location ?? "")![1]!);
      const here = `/kantor-desa/${VILLAGE}/kasus/${encodeURIComponent(caseId)}`;
      const params = { kasus: caseId };

      const fresh = await outcome(loadCase, villageEvent(opened.location!, officer, { params }));
      expect(fresh.value).toMatchObject({
        opened: true,
        closed: false,
        protectionCase: {
          status: "REPORTED",
          summary,
          handlerName: "Nurul Hidayah",
          person: { id: personId },
          events: [{ status: "REPORTED" }],
        },
      });

      const noNote = await outcome(
        caseActions.perbarui,
        villageEvent(here, officer, { params, form: { status: "IN_PROGRESS", note: " " } }),
      );
      expect(noNote.value).toMatchObject({
        status: 400,
        data: { action: "perbarui", errors: { fields: { note: expect.stringMatching(/wajib/) } } },
      });
      expect(
        await outcome(
          caseActions.perbarui,
          villageEvent(here, officer, {
            params,
            form: { status: "IN_PROGRESS", note: "Menghubungi agensi PT Maju Jaya." },
          }),
        ),
      ).toMatchObject({ status: 303, location: `${here}?tersimpan=perbarui` });
      // A step from a page loaded before that one (an entry kept offline) is a conflict showing the case as it is.
      const stale = await outcome(
        caseActions.perbarui,
        villageEvent(here, officer, {
          params,
          form: { status: "RESOLVED", note: "Dari antrean.", expectedVersion: "1", idempotencyKey: "antrean-0001" },
        }),
      );
      expect(stale.value).toMatchObject({
        status: 409,
        data: {
          action: "perbarui",
          errors: { form: expect.stringMatching(/sudah diubah/) },
          conflict: { kind: "case", status: "IN_PROGRESS", version: 2 },
        },
      });
      expect(
        await outcome(
          caseActions.rujuk,
          villageEvent(here, officer, {
            params,
            form: { agency: "BP3MI Jawa Barat", note: "Diteruskan ke KDEI Taipei." },
          }),
        ),
      ).toMatchObject({ status: 303 });
      expect(
        await outcome(
          caseActions.perbarui,
          villageEvent(here, officer, { params, form: { status: "RESOLVED", note: "Gaji dibayar penuh." } }),
        ),
      ).toMatchObject({ status: 303 });

      const closed = await outcome(loadCase, villageEvent(here, officer, { params }));
      expect(closed.value).toMatchObject({
        closed: true,
        protectionCase: { status: "RESOLVED", referralAgency: "BP3MI Jawa Barat" },
      });
      expect(closed.value.protectionCase.events.map((e: { status: string }) => e.status)).toEqual([
        "REPORTED",
        "IN_PROGRESS",
        "REFERRED",
        "RESOLVED",
      ]);
      const late = await outcome(
        caseActions.perbarui,
        villageEvent(here, officer, { params, form: { status: "IN_PROGRESS", note: "Dibuka lagi." } }),
      );
      expect(late.value).toMatchObject({
        status: 400,
        data: { errors: { form: expect.stringMatching(/sudah ditutup/) } },
      });
    });
  });
});

describe("village stories", () => {
  it("saves a draft with errors next to the fields, publishes it, and lists it as published", async () => {
    const path = `/kantor-desa/${VILLAGE}/cerita/baru`;
    const shortTitle = await outcome(
      newStoryActions.default,
      villageEvent(path, officer, { form: { kind: "STORY", title: "Ok", body: "Isi cerita.", coverImageUrl: "" } }),
    );
    expect(shortTitle.value).toMatchObject({
      status: 400,
      data: { values: { body: "Isi cerita." }, errors: { fields: { title: expect.stringMatching(/minimal 3/) } } },
    });
    const insecure = await outcome(
      newStoryActions.default,
      villageEvent(path, officer, {
        form: {
          kind: "STORY",
          title: "Judul cukup",
          body: "Isi cerita.",
          coverImageUrl: "http://tidak-aman.example/a.jpg",
        },
      }),
    );
    expect(insecure.value).toMatchObject({
      status: 400,
      data: { values: { title: "Judul cukup" }, errors: { fields: { coverImageUrl: expect.stringMatching(/https/) } } },
    });

    const title = "Posko layanan migrasi di balai desa";
    const draft = await outcome(
      newStoryActions.default,
      villageEvent(path, officer, {
        form: { kind: "PRACTICE", title, body: "Setiap Senin petugas melayani calon PMI.", coverImageUrl: "" },
      }),
    );
    expect(draft).toMatchObject({ status: 303, location: `/kantor-desa/${VILLAGE}/cerita?tersimpan=draf` });
    const list = await outcome(loadStories, villageEvent(`/kantor-desa/${VILLAGE}/cerita`, officer));
    const saved = list.value.drafts.find((s: { title: string }) => s.title === title);
    expect(saved).toMatchObject({ kind: "PRACTICE", authorName: "Nurul Hidayah" });

    const published = await outcome(
      storyListActions.terbitkan,
      villageEvent(`/kantor-desa/${VILLAGE}/cerita`, officer, { form: { storyId: saved.id } }),
    );
    expect(published).toMatchObject({ status: 303, location: `/kantor-desa/${VILLAGE}/cerita?tersimpan=terbit` });
    const after = await outcome(loadStories, villageEvent(`/kantor-desa/${VILLAGE}/cerita?tersimpan=terbit`, officer));
    expect(after.value.drafts.some((s: { id: string }) => s.id === saved.id)).toBe(false);
    expect(after.value.published[0]).toMatchObject({ id: saved.id, title });
  });

  it('says so when "publish now" fails after the draft was saved', async () => {
    // given an API that stops answering between saving the draft and publishing it
    const down = await unreachableApiUrl();
    const title = "Pelatihan bahasa Mandarin untuk calon PMI";
    const e = villageEvent(`/kantor-desa/${VILLAGE}/cerita/baru`, officer, {
      form: { kind: "STORY", title, body: "Kelas setiap Sabtu di balai desa.", coverImageUrl: "", publish: "on" },
    });
    e.fetch = (_input: unknown, init?: RequestInit) =>
      globalThis.fetch(String(init?.body).includes("mutation PublishStory") ? down : api.url, init);
    // when the officer saves with "publish now"
    const result = await outcome(newStoryActions.default, e);
    // then the list gets its own outcome (not the plain "saved as draft"), and the story waits among the drafts
    expect(result).toMatchObject({
      status: 303,
      location: `/kantor-desa/${VILLAGE}/cerita?tersimpan=draf-gagal-terbit`,
    });
    const list = await outcome(loadStories, villageEvent(result.location!, officer));
    expect(list.value.notice).toBe("draf-gagal-terbit");
    expect(list.value.drafts.some((s: { title: string }) => s.title === title)).toBe(true);
  });
});

describe("overview", () => {
  it("counts every open case, beyond the 100 a page of cases holds", async () => {
    // given 100 more open cases handled by the officer (15 per request: the API's alias limit)
    const registry = await apiCall<{ village: { registry: { edges: { node: { id: string } }[] } } }>(
      api.url,
      `{ village(slug: "${VILLAGE}") { registry(first: 1) { edges { node { id } } } } }`,
      {},
      officer.get("dm_session"),
    );
    const personId = registry.village.registry.edges[0]!.node.id;
    const before = (await outcome(loadOverview, villageEvent(`/kantor-desa/${VILLAGE}`, officer))).value
      .openCaseCount as number;
    for (let opened = 0; opened < 100; opened += 15) {
      const batch = Array.from(
        { length: Math.min(15, 100 - opened) },
        (_, i) =>
          `c${i}: openProtectionCase(input: { personId: $personId, type: OTHER, summary: "Kehilangan kontak dengan keluarga." }) { __typename }`,
      );
      await apiCall(
        api.url,
        `mutation($personId: ID!) { ${batch.join(" ")} }`,
        { personId },
        officer.get("dm_session"),
      );
    }
    // when the overview loads, then all of them are counted
    const overview = await outcome(loadOverview, villageEvent(`/kantor-desa/${VILLAGE}`, officer));
    expect(overview.value.openCaseCount).toBe(before + 100);
  });
});
