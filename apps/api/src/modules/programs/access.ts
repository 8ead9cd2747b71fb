import { defineAccess } from "../common/access-policy.ts";

const members = ["partner", "admin"] as const;

/**
 * Who may apply and who decides. The matrix applies for the demo family's head: only that household's members
 * may apply for him (the service refuses anyone else, admins included: consent comes from the person or family).
 * The program's organization members decide, record attendance and complete. The node types (Program,
 * Enrolment) are declared in partners. Checked by test/authorization-matrix.test.ts.
 */
export const access = defineAccess({
  mutations: {
    applyToProgram: ["household"],
    decideApplication: members,
    recordProgramAttendance: members,
    completeEnrolment: members,
  },
});
