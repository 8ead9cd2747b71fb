// A program's form fields (create and edit on /mitra/program) read into the API's input, or the fields that cannot be.
import { formValues, parseWholeNumber } from "../forms/fields.ts";
import { m } from "../paraglide/messages.js";
import { PROGRAM_KINDS, type ProgramKind } from "../program/labels.ts";

export const PROGRAM_FIELDS = [
  "organizationId",
  "programId",
  "villageId",
  "title",
  "kind",
  "description",
  "teaches",
  "venue",
  "online",
  "schedule",
  "capacity",
  "startsOn",
  "endsOn",
] as const;

/** A village a program can be held in, with its regency to tell same-named villages apart. */
export interface VillageChoice {
  id: string;
  name: string;
  regency: { name: string };
}

export type ProgramFormValues = Record<(typeof PROGRAM_FIELDS)[number], string>;

/** A date input's `YYYY-MM-DD` as the API's day (midnight UTC); null when empty or not a date. */
function day(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * The program fields as the API takes them. What the API cannot be sent at all (an unreadable capacity or date, a
 * kind outside the list) is named per field here; every other rule (title required, lengths, dates in order) is the
 * API's, answered in the reader's language.
 */
export function readProgramForm(form: FormData) {
  const values = formValues(form, PROGRAM_FIELDS);
  const fields: Record<string, string> = {};
  const capacity = values.capacity.trim() === "" ? null : parseWholeNumber(values.capacity);
  if (capacity === null && values.capacity.trim() !== "") fields.capacity = m.partner_program_field_invalid_number();
  const startsOn = day(values.startsOn);
  if (!startsOn) fields.startsOn = m.partner_program_field_invalid_date();
  const endsOn = values.endsOn === "" ? null : day(values.endsOn);
  if (values.endsOn !== "" && !endsOn) fields.endsOn = m.partner_program_field_invalid_date();
  const kind = (PROGRAM_KINDS as string[]).includes(values.kind) ? (values.kind as ProgramKind) : "TRAINING";
  const program = {
    title: values.title,
    kind,
    description: values.description,
    teaches: values.teaches,
    venue: values.venue,
    online: values.online === "ya",
    schedule: values.schedule,
    capacity,
    startsOn: startsOn?.toISOString() ?? "",
    endsOn: endsOn?.toISOString() ?? null,
    villageId: values.villageId || null,
  };
  return { values, program, fields: Object.keys(fields).length > 0 ? fields : null };
}

/** The form names of the API's input fields (all the same), so errorsFrom places each message by its field. */
export const programField = (name: string) =>
  name === "CapacityBelowTakenError"
    ? "capacity"
    : (PROGRAM_FIELDS as readonly string[]).includes(name)
      ? name
      : undefined;
