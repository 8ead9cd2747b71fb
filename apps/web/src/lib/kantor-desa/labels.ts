// Words for the registry's and the cases' enums, in the visitor's language. Shared by the server
// (validation of filters) and the pages.
import { countryName } from "../countries.ts";
import type { DateLocale } from "../format.ts";
import { m } from "../paraglide/messages.js";

export const MIGRATION_STATUSES = ["PROSPECTIVE", "ABROAD", "RETURNED"] as const;
export type MigrationStatus = (typeof MIGRATION_STATUSES)[number];

export const CASE_STATUSES = ["REPORTED", "IN_PROGRESS", "REFERRED", "RESOLVED", "CLOSED_UNRESOLVED"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses an officer may set with updateProtectionCase (REFERRED has its own form with the agency). */
export const CASE_UPDATE_STATUSES = ["IN_PROGRESS", "RESOLVED", "CLOSED_UNRESOLVED"] as const;

export const CASE_TYPES = [
  "UNPAID_WAGES",
  "FRAUD",
  "DEPORTATION",
  "ABUSE",
  "FAILED_DEPARTURE",
  "WANTS_TO_RETURN",
  "OTHER",
] as const;
export type CaseType = (typeof CASE_TYPES)[number];

/** Destination countries by volume (DOMAIN.md), offered in the forms and the registry filter. */
export const DESTINATION_COUNTRIES = [
  "MY",
  "TW",
  "HK",
  "SA",
  "KR",
  "SG",
  "JP",
  "AE",
  "QA",
  "KW",
  "BN",
  "OM",
  "TR",
  "PL",
] as const;

export const isMigrationStatus = (value: string): value is MigrationStatus =>
  (MIGRATION_STATUSES as readonly string[]).includes(value);
export const isCaseStatus = (value: string): value is CaseStatus =>
  (CASE_STATUSES as readonly string[]).includes(value);

const migrationLabels: Record<MigrationStatus, () => string> = {
  PROSPECTIVE: m.village_office_status_prospective,
  ABROAD: m.village_office_status_abroad,
  RETURNED: m.village_office_status_returned,
};

const caseStatusLabels: Record<CaseStatus, () => string> = {
  REPORTED: m.village_office_case_status_reported,
  IN_PROGRESS: m.village_office_case_status_in_progress,
  REFERRED: m.village_office_case_status_referred,
  RESOLVED: m.village_office_case_status_resolved,
  CLOSED_UNRESOLVED: m.village_office_case_status_closed_unresolved,
};

const caseTypeLabels: Record<CaseType, () => string> = {
  UNPAID_WAGES: m.village_office_case_type_unpaid_wages,
  FRAUD: m.village_office_case_type_fraud,
  DEPORTATION: m.village_office_case_type_deportation,
  ABUSE: m.village_office_case_type_abuse,
  FAILED_DEPARTURE: m.village_office_case_type_failed_departure,
  WANTS_TO_RETURN: m.village_office_case_type_wants_to_return,
  OTHER: m.village_office_case_type_other,
};

export const migrationStatusLabel = (status: string) => migrationLabels[status as MigrationStatus]?.() ?? status;
export const caseStatusLabel = (status: string) => caseStatusLabels[status as CaseStatus]?.() ?? status;
export const caseTypeLabel = (type: string) => caseTypeLabels[type as CaseType]?.() ?? type;
export const genderLabel = (gender: string | null) =>
  gender === "FEMALE" ? m.village_office_gender_female() : gender === "MALE" ? m.village_office_gender_male() : "—";

/** Country options for a <select>, named in the visitor's language. */
export const countryOptions = (locale: DateLocale) =>
  DESTINATION_COUNTRIES.map((code) => ({ value: code, label: countryName(code, locale) }));

/** A case that can no longer change. */
export const isClosedCase = (status: string) => status === "RESOLVED" || status === "CLOSED_UNRESOLVED";
