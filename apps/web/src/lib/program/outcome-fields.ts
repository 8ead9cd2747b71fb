import { graphql } from "../gql.ts";

/**
 * The outcome counts `outcome-list.svelte` shows (a program's on its public and partner pages, an organization's on
 * the partner's program list), selected once. `@_unmask` so the pages hand the selection straight to the component.
 */
export const ProgramOutcomeFields = graphql(`
  fragment ProgramOutcomeFields on ProgramOutcomes @_unmask {
    applicants
    accepted
    completed
    startedBusiness
  }
`);
