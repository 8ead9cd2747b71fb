import { BilingualError, fixedMessage } from "../common/bilingual-error.ts";

/** The checklist and desk details belong to a stint that has not started: a departed or returned one is closed. */
export class ChecklistClosedError extends fixedMessage(
  "Meja migrasi hanya untuk calon PMI yang belum berangkat; stint ini sudah berangkat atau selesai.",
  "The migration desk is for prospective migrants who have not left; this stint has already started or ended.",
) {}

/** A checklist date that is missing, in the future, or given for a step that is not done. */
export class ChecklistDateError extends BilingualError {}

/** One refused row of a placement-agency CSV, with its message in both languages. */
export interface AgencyRowProblem {
  /** Line of the file (1 is the header). */
  line: number;
  messageId: string;
  messageEn: string;
}

/** A placement-agency CSV with at least one refused row: nothing of it was imported. */
export class AgencyImportError extends BilingualError {
  readonly problems: AgencyRowProblem[];
  constructor(problems: AgencyRowProblem[]) {
    const rows = new Set(problems.map((problem) => problem.line)).size;
    super(
      `Tidak ada yang diimpor: ${rows} baris perlu diperbaiki.`,
      `Nothing was imported: ${rows} row(s) need fixing.`,
    );
    this.problems = problems;
  }
}
