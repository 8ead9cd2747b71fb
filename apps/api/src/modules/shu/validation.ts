// Input limits shared by the SHU preview query and the runShu mutation.
import { z } from "zod";

import { bilingual } from "../common/validation.ts";

export const fiscalYear = z.number().int().min(2000).max(2100);
export const surplus = z
  .string()
  .regex(
    /^[1-9][0-9]{0,13}$/,
    bilingual("SHU harus bilangan bulat rupiah lebih dari nol.", "The surplus (SHU) must be whole rupiah above zero."),
  );
