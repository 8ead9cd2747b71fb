/** POJK 57/2020: retail investors earning up to Rp 500 million a year may invest 5% of income a year, else 10%. */
export const OJK_INCOME_THRESHOLD_IDR = 500_000_000n;

/** The yearly amount a household may put into public rounds, from its declared yearly income. */
export function yearlyInvestmentCap(declaredAnnualIncomeIdr: bigint): bigint {
  const pct = declaredAnnualIncomeIdr <= OJK_INCOME_THRESHOLD_IDR ? 5n : 10n;
  return (declaredAnnualIncomeIdr * pct) / 100n;
}
