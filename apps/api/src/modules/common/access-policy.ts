// The reviewed access policy: who may read each node type and call each mutation, written once per module in
// `modules/<domain>/access.ts` and checked against the running API by apps/api/test/authorization-matrix.test.ts,
// which walks the built schema (a node type or mutation without an entry fails it). Nothing at runtime reads these
// files: the scopes and resolvers enforce, these declarations say what the enforcement must be.

/**
 * Every kind of caller the matrix tries. Each is relative to the object tried, which always belongs to the same
 * party: the demo family (Keluarga Bapak Tarmidi), the demo entrepreneur's business, the cooperative and the village
 * they belong to (Juntinyuat), and the demo partner's organization. An `other…` role is the same role elsewhere.
 */
export const ROLES = [
  /** No session, no key. */
  "anonymous",
  /** The demo buyer: placed the order tried. */
  "buyer",
  /** A signed-in account with no role at all (any other buyer). */
  "otherBuyer",
  /** A member of the household tried (the demo family's head; also a member of the cooperative). */
  "household",
  /** A member of another household of the same village and cooperative. */
  "otherHousehold",
  /** Owner of the business tried (the demo entrepreneur; also a member of the cooperative). */
  "entrepreneur",
  /** Owner of another business in the same village and cooperative (also a member). */
  "otherEntrepreneur",
  /** An officer of the cooperative tried. */
  "cooperativeOfficer",
  /** An officer of another village's cooperative. */
  "otherCooperativeOfficer",
  /** An officer of the village tried (and the handler of the protection case tried). */
  "villageOfficer",
  /** An officer of another village. */
  "otherVillageOfficer",
  /** A member of the partner organization tried. */
  "partner",
  /** A member of another partner organization. */
  "otherPartner",
  /** A platform admin. */
  "admin",
  /** An API key of the organization tried holding only catalog:read. */
  "key:catalog",
  /** An API key of the organization tried holding only aggregates:read. */
  "key:aggregates",
  /** An API key of the organization tried holding only programs:write. */
  "key:programs",
] as const;

export type Role = (typeof ROLES)[number];

/** Every partner key, whatever its scope. */
export const KEYS = ["key:catalog", "key:aggregates", "key:programs"] as const satisfies readonly Role[];

/** Every signed-in person (not anonymous, not a key). */
export const PEOPLE = ROLES.filter(
  (role) => role !== "anonymous" && !(KEYS as readonly string[]).includes(role),
) as Exclude<Role, "anonymous" | (typeof KEYS)[number]>[];

/** Every caller: public data that every key may read too (geography, the partner directory). */
export const EVERYONE: readonly Role[] = ROLES;

/** Public catalogue data: every person, signed in or not, and keys holding catalog:read. */
export const CATALOG: readonly Role[] = ["anonymous", ...PEOPLE, "key:catalog"];

/**
 * Who may do something: a list of roles, or, when the answer depends on the object's state or on the input
 * (a draft against a published product, cash against the family wallet), one list per named case. The test holds
 * one fixture per case.
 */
export type Allowed = readonly Role[] | Readonly<Record<string, readonly Role[]>>;

export interface ModuleAccess {
  /** Node type name → who may read the object tried (by `node(id:)` and by its root query, if any). */
  types?: Readonly<Record<string, Allowed>>;
  /**
   * Mutation name → who may call it on the object tried. Allowed callers get a success or a domain error;
   * everyone else a refusal that changes nothing.
   */
  mutations?: Readonly<Record<string, Allowed>>;
}

/** Lets a module's access.ts be checked for role names while staying a plain object. */
export const defineAccess = <T extends ModuleAccess>(access: T): T => access;
