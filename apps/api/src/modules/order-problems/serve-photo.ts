// GET /order-problem-photos/<report UUID> on the API: the photo a buyer sent with a problem report, for the buyer,
// the order's seller, the officers of the cooperative whose queue it is in and admins only (photos/serve-private.ts
// decides and serves). Stored privately with the payment proofs (`proofs/`, never served by /media/).
import type { PrismaClient } from "@desa-migran/db";

import { usePrivateFiles } from "../photos/serve-private.ts";

export const useOrderProblemPhotos = (prisma: PrismaClient) =>
  usePrivateFiles(prisma, "order-problem-photos", async (db, problemId) => {
    const problem = await db.orderProblem.findUnique({
      where: { id: problemId },
      select: {
        reporterId: true,
        cooperativeId: true,
        photoKey: true,
        order: { select: { business: { select: { ownerId: true } } } },
      },
    });
    if (!problem?.photoKey) return null;
    const readerIds = [problem.reporterId, problem.order.business.ownerId];
    return { key: problem.photoKey, readerIds, cooperativeId: problem.cooperativeId };
  });
