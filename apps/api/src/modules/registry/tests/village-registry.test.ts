import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createTestApi } from "../../../../test/harness.ts";
import { type TestApi, villageBySlug } from "./fixtures.ts";

const REGISTRY = `query($id: ID!, $filter: RegistryFilter) { node(id: $id) { ... on Village {
  registry(first: 100, filter: $filter) { edges { node { fullName currentStatus } } }
  registrySummary { total byStatus { status count } byDestination { destinationCountry abroad total } }
} } }`;

describe("Village.registry and Village.registrySummary", () => {
  let api: TestApi;
  let villageId: string;
  let officer: string;
  beforeAll(async () => {
    api = await createTestApi({ seed: true });
    villageId = (await villageBySlug(api, "juntinyuat-indramayu")).gid;
    officer = await api.signInAs("villageOfficer");
  });
  afterAll(() => api?.cleanup());

  it("lists the village's migrants by current status and destination, with matching counts", async () => {
    // when the officer asks for everyone, then only those abroad in Taiwan
    const all = await api.gql(REGISTRY, { id: villageId }, { session: officer });
    const taiwan = await api.gql(
      REGISTRY,
      { id: villageId, filter: { status: "ABROAD", destinationCountry: "TW" } },
      { session: officer },
    );
    // then the filtered list holds Nurhayati and agrees with the summary
    expect(all.errors).toBeUndefined();
    const people = all.data!.node.registry.edges.map((e: any) => e.node);
    const summary = all.data!.node.registrySummary;
    expect(people.length).toBe(summary.total);
    const abroad = summary.byStatus.find((s: any) => s.status === "ABROAD").count;
    expect(people.filter((p: any) => p.currentStatus === "ABROAD").length).toBe(abroad);
    const tw = taiwan.data!.node.registry.edges.map((e: any) => e.node);
    expect(tw.map((p: any) => p.fullName)).toContain("Nurhayati");
    expect(tw.every((p: any) => p.currentStatus === "ABROAD")).toBe(true);
    expect(tw.length).toBe(summary.byDestination.find((d: any) => d.destinationCountry === "TW").abroad);
  });

  it("finds a person by part of the name", async () => {
    const result = await api.gql(REGISTRY, { id: villageId, filter: { search: "nurhay" } }, { session: officer });
    expect(result.data!.node.registry.edges.map((e: any) => e.node.fullName)).toEqual(["Nurhayati"]);
  });

  it("is closed to an anonymous visitor", async () => {
    const result = await api.gql(REGISTRY, { id: villageId });
    expect(result.data?.node?.registry ?? null).toBeNull();
    expect(result.data?.node?.registrySummary ?? null).toBeNull();
  });
});
