// A paid order of the demo buyer, made through the real API, for the order-problem tests: problems can only be
// reported on paid orders. The product belongs to a business of the Juntinyuat cooperative (the demo chair's).
import { apiCall, signInTokenFor, TREASURER } from "./commerce-session.ts";

type Any = any;

/** Empties the buyer's cart, buys `quantity` of a Juntinyuat product by transfer and has the treasurer confirm it. */
export async function paidOrder(
  apiUrl: string,
  buyerToken: string,
  quantity = 1,
): Promise<{ id: string; total: string }> {
  // The seeded buyer's cart may hold goods of a business outside any cooperative, which refuses a transfer.
  const cart = await apiCall<Any>(apiUrl, `{ viewer { cart { lines { product { id } } } } }`, {}, buyerToken);
  for (const line of cart.viewer.cart.lines) {
    await apiCall(
      apiUrl,
      `mutation($input: RemoveFromCartInput!) { removeFromCart(input: $input) { __typename } }`,
      { input: { productId: line.product.id } },
      buyerToken,
    );
  }
  const product = await apiCall<Any>(apiUrl, `{ product(slug: "keripik-singkong-balado-250-g") { id } }`);
  await apiCall(
    apiUrl,
    `mutation($input: AddToCartInput!) { addToCart(input: $input) { __typename } }`,
    { input: { productId: product.product.id, quantity } },
    buyerToken,
  );
  const placed = await apiCall<Any>(
    apiUrl,
    `mutation($input: PlaceOrderInput!) { placeOrder(input: $input) {
      __typename ... on Error { message }
      ... on MutationPlaceOrderSuccess { data { checkout { orders { id total { amount } payment { id } } } } } } }`,
    {
      input: {
        idempotencyKey: `problem-order-${Date.now()}-${Math.random()}`,
        paymentMethod: "BANK_TRANSFER",
        recipientName: "Rina Kartika",
        phone: "081234567890",
        address: "Jl. Melati No. 5, Indramayu",
      },
    },
    buyerToken,
  );
  if (!placed.placeOrder.data) throw new Error(JSON.stringify(placed));
  const order = placed.placeOrder.data.checkout.orders[0];
  const confirmed = await apiCall<Any>(
    apiUrl,
    `mutation($input: ConfirmPaymentInput!) { confirmPayment(input: $input) { __typename } }`,
    { input: { paymentId: order.payment.id } },
    await signInTokenFor(apiUrl, TREASURER),
  );
  if (confirmed.confirmPayment.__typename !== "MutationConfirmPaymentSuccess")
    throw new Error(JSON.stringify(confirmed));
  return { id: order.id, total: order.total.amount };
}

/** The buyer reports a problem on `orderId` through the API (no photo); returns the report's ID. */
export async function reportedProblem(apiUrl: string, buyerToken: string, orderId: string): Promise<string> {
  const result = await apiCall<Any>(
    apiUrl,
    `mutation($input: ReportOrderProblemInput!) { reportOrderProblem(input: $input) {
      __typename ... on MutationReportOrderProblemSuccess { data { problem { id } } } } }`,
    { input: { orderId, kind: "NOT_ARRIVED", description: "Paket belum sampai sejak minggu lalu." } },
    buyerToken,
  );
  if (!result.reportOrderProblem.data) throw new Error(JSON.stringify(result));
  return result.reportOrderProblem.data.problem.id;
}
