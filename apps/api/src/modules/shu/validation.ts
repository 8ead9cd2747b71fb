// Input limits shared by the SHU preview query and the runShu mutation.
import { z } from "zod";

import { wholeRupiah } from "../common/validation.ts";

export const fiscalYear = z.number().int().min(2000).max(2100);
/** The year's surplus: 14 digits, a cooperative's SHU may exceed the 13 digits of a single movement. */
export const surplus = wholeRupiah({ id: "SHU", en: "The surplus (SHU)" }, { max: 99_999_999_999_999n });
