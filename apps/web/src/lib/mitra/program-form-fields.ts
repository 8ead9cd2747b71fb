import { graphql, type ResultOf } from "../gql.ts";
import { dateInputValue } from "../program/labels.ts";
import type { ProgramFormValues } from "./program-input.ts";

/**
 * What the edit form (program-form.svelte) is filled from, selected once beside the helper that turns it into the
 * form's values. `@_unmask`: `programFormValues` reads the fields straight off the page's program.
 */
export const ProgramFormFields = graphql(`
  fragment ProgramFormFields on Program @_unmask {
    id
    title
    kind
    description
    teaches
    venue
    online
    schedule
    capacity
    startsOn
    endsOn
    village {
      id
    }
  }
`);

/** The edit form's values for a program as the API has it (the organization is not changed by an edit). */
export function programFormValues(
  program: ResultOf<typeof ProgramFormFields>,
): Omit<ProgramFormValues, "organizationId"> {
  return {
    programId: program.id,
    villageId: program.village?.id ?? "",
    title: program.title,
    kind: program.kind,
    description: program.description,
    teaches: program.teaches,
    venue: program.venue,
    online: program.online ? "ya" : "",
    schedule: program.schedule,
    capacity: program.capacity == null ? "" : String(program.capacity),
    startsOn: dateInputValue(program.startsOn),
    endsOn: dateInputValue(program.endsOn),
  };
}
