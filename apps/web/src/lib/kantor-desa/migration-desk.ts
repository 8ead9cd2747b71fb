// Words of the safe-migration desk (/kantor-desa/[village]/migrasi and the registry's person page): the checklist's
// steps and states and the placement agency check, in the reader's language.
import { m } from "../paraglide/messages.js";

export const CHECKLIST_STATES = ["BELUM", "SEDANG", "SELESAI", "TIDAK_BERLAKU"] as const;
export type ChecklistState = (typeof CHECKLIST_STATES)[number];
export const isChecklistState = (value: string): value is ChecklistState =>
  (CHECKLIST_STATES as readonly string[]).includes(value);

// The steps' order and list come from the API (`MigrationEpisode.checklist`); only their words live here.
const stepLabels = {
  FAMILY_PERMIT: m.desk_step_FAMILY_PERMIT,
  ID_DOCUMENTS: m.desk_step_ID_DOCUMENTS,
  BIRTH_CERTIFICATE: m.desk_step_BIRTH_CERTIFICATE,
  MEDICAL_CHECK: m.desk_step_MEDICAL_CHECK,
  COMPETENCY_CERTIFICATE: m.desk_step_COMPETENCY_CERTIFICATE,
  PASSPORT: m.desk_step_PASSPORT,
  WORK_VISA: m.desk_step_WORK_VISA,
  EMPLOYMENT_AGREEMENT: m.desk_step_EMPLOYMENT_AGREEMENT,
  PLACEMENT_AGREEMENT: m.desk_step_PLACEMENT_AGREEMENT,
  SOCIAL_SECURITY: m.desk_step_SOCIAL_SECURITY,
  PRE_DEPARTURE_ORIENTATION: m.desk_step_PRE_DEPARTURE_ORIENTATION,
  MIGRANT_ID: m.desk_step_MIGRANT_ID,
} satisfies Record<string, () => string>;
export type ChecklistStep = keyof typeof stepLabels;
export const stepLabel = (step: ChecklistStep) => stepLabels[step]();

const stateLabels: Record<ChecklistState, () => string> = {
  BELUM: m.desk_state_BELUM,
  SEDANG: m.desk_state_SEDANG,
  SELESAI: m.desk_state_SELESAI,
  TIDAK_BERLAKU: m.desk_state_TIDAK_BERLAKU,
};
export const stateLabel = (state: ChecklistState) => stateLabels[state]();

export type AgencyCheck = "LICENSED" | "LICENCE_EXPIRED" | "NOT_LISTED" | "NOT_NAMED";
const agencyLabels: Record<AgencyCheck, () => string> = {
  LICENSED: m.desk_agency_LICENSED,
  LICENCE_EXPIRED: m.desk_agency_LICENCE_EXPIRED,
  NOT_LISTED: m.desk_agency_NOT_LISTED,
  NOT_NAMED: m.desk_agency_NOT_NAMED,
};
/** The agency check in a word or two, for a badge. */
export const agencyCheckLabel = (check: AgencyCheck) => agencyLabels[check]();

/** The sentence explaining the agency check, naming the agency. */
export function agencyCheckAlert(check: AgencyCheck, name: string | null) {
  const agency = name ?? "—";
  if (check === "LICENSED") return m.desk_alert_LICENSED({ name: agency });
  if (check === "LICENCE_EXPIRED") return m.desk_alert_LICENCE_EXPIRED({ name: agency });
  if (check === "NOT_LISTED") return m.desk_alert_NOT_LISTED({ name: agency });
  return m.desk_alert_NOT_NAMED();
}

/** "Paspor habis 15 Jan 2027" for an expiring document. */
export const expiringLabel = (document: "PASSPORT" | "CONTRACT", date: string) =>
  document === "PASSPORT" ? m.desk_doc_PASSPORT({ date }) : m.desk_doc_CONTRACT({ date });
