// Shared givens for commerce and order tests: global IDs, a product with stock, a cart, a placed order.
import type { createTestApi } from "../../../../test/harness.ts";

export type TestApi = Awaited<ReturnType<typeof createTestApi>>;

export const gid = (type: string, id: string) => Buffer.from(`${type}:${id}`).toString("base64");
export const rawId = (globalId: string) => Buffer.from(globalId, "base64").toString().split(":")[1]!;

export const ERROR_FIELDS = `__typename ... on Error { message } ... on InputValidationError { issues { path message } }`;
export const STOCK_ERROR = `... on InsufficientStockError { productId available requested }`;
export const TRANSITION_ERROR = `... on InvalidOrderTransitionError { from to }`;

export const ORDER_FIELDS = `id number status placedAt paidAt confirmedAt shippedAt deliveredAt cancelledAt cancelReason
  deliveryMethod deliveryFee { amount } courierName trackingNumber shippingNote autoCompleteAt pickupAddress pickupHours
  paymentMethod subtotal { amount currency } fee { amount } total { amount } sellerProceeds { amount }
  business { name } lines { productName quantity unitPrice { amount } lineTotal { amount } }`;

/** The seeded entrepreneur's business and one of its products, set to `stock` units, published. */
export async function entrepreneurProduct(api: TestApi, stock = 50) {
  const owner = await api.prisma.user.findUniqueOrThrow({ where: { email: "wirausaha@desamigran.id" } });
  const business = await api.prisma.business.findFirstOrThrow({
    where: { ownerId: owner.id },
    include: { cooperative: true },
    orderBy: { name: "asc" },
  });
  const product = await api.prisma.product.findFirstOrThrow({
    where: { businessId: business.id },
    orderBy: { slug: "asc" },
  });
  await api.prisma.product.update({
    where: { id: product.id },
    data: { stock, status: "PUBLISHED", publishedAt: new Date() },
  });
  return { owner, business, product: { ...product, stock, status: "PUBLISHED" as const } };
}

/** A published product of another business than `notBusinessId`, with `stock` units. */
export async function otherProduct(api: TestApi, notBusinessId: string, stock = 50) {
  const product = await api.prisma.product.findFirstOrThrow({
    where: { businessId: { not: notBusinessId }, status: "PUBLISHED" },
    orderBy: { slug: "asc" },
  });
  return api.prisma.product.update({ where: { id: product.id }, data: { stock } });
}

export async function addToCart(api: TestApi, session: string, productId: string, quantity: number) {
  const result = await api.gql(
    `mutation($input: AddToCartInput!) { addToCart(input: $input) { ... on MutationAddToCartSuccess { data { cart { itemCount } } } ${ERROR_FIELDS} ${STOCK_ERROR} } }`,
    { input: { productId: gid("Product", productId), quantity } },
    { session },
  );
  if (result.errors || result.data?.addToCart.__typename !== "MutationAddToCartSuccess")
    throw new Error(JSON.stringify(result));
  return result.data.addToCart;
}

let keys = 0;
export const newKey = () => `test-key-${Date.now()}-${++keys}`;

export async function placeOrder(api: TestApi, session: string, overrides: Record<string, unknown> = {}) {
  return api.gql(
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
      ... on MutationPlaceOrderSuccess { data { replayed checkout { total { amount } paymentMethod orders { ${ORDER_FIELDS} } } } }
      ${ERROR_FIELDS} ${STOCK_ERROR} } }`,
    {
      input: {
        idempotencyKey: newKey(),
        paymentMethod: "BANK_TRANSFER",
        recipientName: "Rina Kartika",
        phone: "081234567890",
        address: "Jl. Raya Juntinyuat No. 12, Indramayu",
        ...overrides,
      },
    },
    { session },
  );
}

/** A buyer's order for `quantity` units of the entrepreneur's product; returns the order and the sessions. */
export async function givenPlacedOrder(
  api: TestApi,
  options: { quantity?: number; paymentMethod?: string; stock?: number } = {},
) {
  const { product, business } = await entrepreneurProduct(api, options.stock ?? 50);
  const buyer = await api.signInAs("buyer");
  await api.prisma.cartItem.deleteMany({ where: { user: { email: "pembeli@desamigran.id" } } });
  await addToCart(api, buyer, product.id, options.quantity ?? 2);
  const placed = await placeOrder(api, buyer, { paymentMethod: options.paymentMethod ?? "BANK_TRANSFER" });
  const order = placed.data!.placeOrder.data.checkout.orders[0];
  return { buyer, product, business, order };
}

export const PAYMENT_FIELDS = `id reference status kind amount { amount } provenAmount { amount } deadlineAt hasProof
  rejectReason cooperative { slug } orderSummaries { number status businessName total { amount } }`;

/** A session of the treasurer of a cooperative (the seeded "Bendahara"). */
export async function treasurerSession(api: TestApi, cooperativeId: string) {
  const officer = await api.prisma.cooperativeOfficer.findFirstOrThrow({
    where: { cooperativeId, role: "TREASURER" },
    include: { user: true },
  });
  return api.createSessionFor(officer.user.email);
}

/** Runs confirmPayment (or rejectPayment with a reason) on a payment as `session`; returns the typed result. */
export async function decidePayment(api: TestApi, session: string, paymentId: string, reject?: string) {
  const mutation = reject ? "rejectPayment" : "confirmPayment";
  const result = await api.gql(
    `mutation($input: ${reject ? "RejectPaymentInput" : "ConfirmPaymentInput"}!) { ${mutation}(input: $input) {
      ... on Mutation${reject ? "Reject" : "Confirm"}PaymentSuccess { data { payment { ${PAYMENT_FIELDS} } } }
      ${ERROR_FIELDS} ... on PaymentStatusError { status } } }`,
    { input: { paymentId, ...(reject ? { reason: reject } : {}) } },
    { session },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data![mutation];
}

/** The treasurer of the order's cooperative confirms the payment the order belongs to. */
export async function treasurerConfirms(api: TestApi, orderGlobalId: string) {
  const order = await api.prisma.order.findUniqueOrThrow({
    where: { id: rawId(orderGlobalId) },
    include: { payment: true },
  });
  const session = await treasurerSession(api, order.payment!.cooperativeId!);
  const decided = await decidePayment(api, session, gid("Payment", order.paymentId!));
  if (decided.__typename !== "MutationConfirmPaymentSuccess") throw new Error(JSON.stringify(decided));
  return decided;
}

/**
 * Runs an order step mutation (confirmOrder, shipOrder, deliverOrder, or the buyer's confirmReceipt) and returns its
 * result; `extra` adds input fields (shipOrder's courier, tracking number, note).
 */
export async function sellerStep(
  api: TestApi,
  session: string,
  mutation: string,
  orderId: string,
  extra: Record<string, unknown> = {},
) {
  const inputType =
    mutation === "shipOrder"
      ? "ShipOrderInput"
      : mutation === "confirmReceipt"
        ? "ConfirmReceiptInput"
        : "OrderIdInput";
  const result = await api.gql(
    `mutation($input: ${inputType}!) { ${mutation}(input: $input) {
      ... on Mutation${mutation[0]!.toUpperCase()}${mutation.slice(1)}Success { data { order { ${ORDER_FIELDS} } } } ${ERROR_FIELDS} ${TRANSITION_ERROR} } }`,
    { input: { orderId, ...extra } },
    { session },
  );
  if (result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data![mutation];
}
