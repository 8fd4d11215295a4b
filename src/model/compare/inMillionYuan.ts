/**
 * A comparison shown in 百万元 (million yuan), the unit English readers count public money in: every figure,
 * difference and covered sum moved by the same exact shift of the decimal point (displayAmount.toMillionYuan:
 * every printed digit kept, nothing rounded), so bars, rulers, texts and differences agree with each other
 * and with the comparison in its printed unit. Shares and changes (%) do not depend on the unit and stay.
 * Every cell gets (or keeps) its `printed` figure: the document's own, in the document's unit.
 */
import { toMillionYuan } from '../displayAmount';
import type { Amount, MoneyUnit } from '../types';
import type { CompareLine, Comparison } from './types';

export function comparisonInMillionYuan(c: Comparison<MoneyUnit>): Comparison<'百万元'> {
  const from = c.unit;
  const m = (a: Amount): Amount => toMillionYuan(a, from);
  const line = (l: CompareLine): CompareLine => ({
    ...l,
    // Every figure is now converted: each keeps the figure as the document prints it (数字出处 shows that).
    // From the printed figure where the cell has one (a 元 budget's, already moved to 万元, may have lost
    // trailing zeros on the way): every printed digit kept, as the budget's own page shows it.
    cells: l.cells.map((cell) =>
      cell
        ? {
            ...cell,
            amount: cell.printed ? toMillionYuan(cell.printed.amount, cell.printed.unit) : m(cell.amount),
            printed: cell.printed ?? { amount: cell.amount, unit: from },
          }
        : null,
    ),
    steps: l.steps.map((st) => (st.difference === null ? st : { ...st, difference: m(st.difference) })),
  });
  return {
    ...c,
    unit: '百万元',
    budgets: c.budgets.map((b) => ({
      ...b,
      total: m(b.total),
      incomeTotal: m(b.incomeTotal),
      economicCovered: {
        basic: b.economicCovered.basic === null ? null : m(b.economicCovered.basic),
        project: b.economicCovered.project === null ? null : m(b.economicCovered.project),
      },
    })),
    totals: c.totals.map(line),
    functional: c.functional.map(line),
    economic: c.economic.map(line),
    income: c.income.map(line),
  };
}
