import {
  FX_KEY,
  formatMoney,
  formatNumber,
  type Answers,
  type Assessment,
  type Assumptions,
} from '../../domain';
import { capacityLines } from './arithmetic-capacity';
import {
  arithmeticContext,
  type ArithmeticContext,
  type ArithmeticGroup,
  type ArithmeticLine,
} from './arithmetic-context';
import { hireLines } from './arithmetic-hires';

export type { ArithmeticGroup, ArithmeticLine } from './arithmetic-context';

/** Deal size in dollars: the profile boundaries are set in US dollars. */
function dealLines(c: ArithmeticContext): ArithmeticLine[] {
  if (c.currency === 'USD') return [];
  const fxKey = FX_KEY[c.currency];
  return [
    {
      id: 'acv-usd',
      label: 'Average first-year deal in US dollars',
      value: formatMoney(c.model.acvUsd, 'USD'),
      formula:
        'Your average first-year contract value × US dollars per unit of your currency. The deal-size lines between transactional, mid-market and enterprise are set in dollars.',
      worked: `${c.money(c.model.acvLocal)} × ${formatNumber(c.fx, 4)} = ${formatMoney(c.model.acvUsd, 'USD')}`,
      assumptions: fxKey ? [fxKey] : [],
    },
  ];
}

/** Every figure the decision read, in groups, in the order a reader checks them. */
export function arithmeticOf(
  assessment: Assessment,
  answers: Answers,
  assumptions: Assumptions,
): ArithmeticGroup[] {
  const c = arithmeticContext(assessment, answers, assumptions);
  const groups: ArithmeticGroup[] = [
    {
      id: 'capacity',
      title: 'Pipeline and closing capacity',
      lines: [...dealLines(c), ...capacityLines(c)],
    },
    ...hireLines(c),
  ];
  return groups.filter((group) => group.lines.length > 0);
}
