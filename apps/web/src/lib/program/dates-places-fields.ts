import { graphql } from "../gql.ts";

/**
 * What `programDates` and `placesText` (./labels.ts) read, selected once for every page that shows a program's
 * dates and places left (the public list and page, the partner's list and page). `@_unmask` so the pages hand the
 * program straight to those helpers.
 */
export const ProgramDatesPlacesFields = graphql(`
  fragment ProgramDatesPlacesFields on Program @_unmask {
    startsOn
    endsOn
    capacity
    placesLeft
  }
`);
