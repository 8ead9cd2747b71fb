// Words of the network of villages: link kinds and adoption statuses, in the reader's language.
import { m } from "../paraglide/messages.js";

export const LINK_KINDS = ["PEER", "SISTER", "MENTOR"] as const;
export type LinkKind = (typeof LINK_KINDS)[number];

export const linkKindLabel = (kind: LinkKind): string =>
  ({ SISTER: m.link_kind_sister, MENTOR: m.link_kind_mentor, PEER: m.link_kind_peer })[kind]();

export const ADOPTION_STATUSES = ["IN_PROGRESS", "SUCCEEDED", "ABANDONED"] as const;
export type AdoptionStatus = (typeof ADOPTION_STATUSES)[number];

export const adoptionStatusLabel = (status: AdoptionStatus): string =>
  ({
    IN_PROGRESS: m.practice_adoption_status_in_progress,
    SUCCEEDED: m.practice_adoption_status_succeeded,
    ABANDONED: m.practice_adoption_status_abandoned,
  })[status]();

/** The other village of a link, seen from `villageId`. */
export const partnerOf = <V extends { id: string }>(link: { fromVillage: V; toVillage: V }, villageId: string): V =>
  link.fromVillage.id === villageId ? link.toVillage : link.fromVillage;
