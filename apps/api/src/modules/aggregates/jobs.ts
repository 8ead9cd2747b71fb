// The remittance aggregates read village cells kept for the current 12-month window (service.ts). When the month
// turns, the window moves: this job rebuilds every village's cells once (a few seconds at national scale), and until
// it has, readers compute the same figures from the remittances themselves.
import { registerJob } from "../../jobs/runner.ts";
import { rebuildRemittanceCells } from "./service.ts";

export const REMITTANCE_CELLS_JOB = "aggregates.remittanceCells";

registerJob({ name: REMITTANCE_CELLS_JOB, everyMs: 5 * 60_000, run: (db, now) => rebuildRemittanceCells(db, now) });
