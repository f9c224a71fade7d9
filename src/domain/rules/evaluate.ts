import { ASSUMPTION_INFO, type Assumptions } from '../assumptions';
import { formatNumber } from '../format';
import type { ConditionTrace, RuleTrace } from '../types';
import { FACT_INFO, type Facts, type FactUnit } from './facts';
import type { Comparison, Condition, Rule } from './types';

/*
 * A plain recursive evaluator: walks a rule's condition tree against the facts. With `trace` it
 * also returns every comparison in words; without it (lever trials, confidence) it only answers
 * yes or no, which keeps `decide` cheap.
 */

function format(value: number | boolean, unit: FactUnit, levels?: readonly string[]): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (!Number.isFinite(value)) return 'never';
  switch (unit) {
    case 'percent':
      return `${formatNumber(value, 1)}%`;
    case 'months':
      return `${formatNumber(value, 1)} months`;
    case 'usd':
      return `$${formatNumber(Math.round(value), 0)}`;
    case 'times':
      return `${formatNumber(value * 100, 0)}%`;
    case 'level':
      return levels?.[value] ?? String(value);
    default:
      return formatNumber(value, 1);
  }
}

const OP_WORDS: Record<Comparison, string> = {
  '<': 'below',
  '<=': 'at most',
  '>=': 'at least',
  '>': 'above',
  '==': 'is',
};

function compare(x: number, op: Comparison, y: number): boolean {
  switch (op) {
    case '<':
      return x < y;
    case '<=':
      return x <= y;
    case '>=':
      return x >= y;
    case '>':
      return x > y;
    case '==':
      return x === y;
  }
}

function threshold(
  c: Extract<Condition, { op: Comparison }>,
  facts: Facts,
  a: Assumptions,
): number {
  const than = c.than;
  if (typeof than === 'number') return than;
  if ('assumption' in than) return (than.offset ?? 0) + a[than.assumption] * (than.scale ?? 1);
  return facts[than.fact];
}

type Test = (facts: Facts, a: Assumptions) => boolean;

/** A condition tree turned once into nested closures: no shape checks on every trial. */
function compile(c: Condition): Test {
  if ('all' in c) {
    const parts = c.all.map(compile);
    return (facts, a) => {
      for (const part of parts) if (!part(facts, a)) return false;
      return true;
    };
  }
  if ('any' in c) {
    const parts = c.any.map(compile);
    return (facts, a) => {
      for (const part of parts) if (part(facts, a)) return true;
      return false;
    };
  }
  if ('not' in c) {
    const inner = compile(c.not);
    return (facts, a) => !inner(facts, a);
  }
  if ('is' in c) {
    const { fact, is } = c;
    return (facts) => facts[fact] === is;
  }
  const { fact, op } = c;
  return (facts, a) => compare(facts[fact], op, threshold(c, facts, a));
}

const COMPILED = new WeakMap<Condition, Test>();

/**
 * Whether the condition holds (no words: the fast path lever, margin and confidence trials take
 * hundreds of times per assessment). Same semantics as traceCondition, which the trace uses.
 */
export function holds(c: Condition, facts: Facts, a: Assumptions): boolean {
  let test = COMPILED.get(c);
  if (!test) COMPILED.set(c, (test = compile(c)));
  return test(facts, a);
}

function describeThreshold(
  c: Extract<Condition, { op: Comparison }>,
  facts: Facts,
  a: Assumptions,
): string {
  const info = FACT_INFO[c.fact];
  const than = c.than;
  if (typeof than === 'number') return format(than, info.unit, info.levels);
  if ('assumption' in than) {
    const value = (than.offset ?? 0) + a[than.assumption] * (than.scale ?? 1);
    return `${format(value, info.unit, info.levels)} (${ASSUMPTION_INFO[than.assumption].label.toLowerCase()})`;
  }
  const other = FACT_INFO[than.fact];
  return `${other.label.toLowerCase()} (${format(facts[than.fact], other.unit, other.levels)})`;
}

/** Whether the condition holds, with each comparison it made, in words. */
export function traceCondition(
  c: Condition,
  facts: Facts,
  a: Assumptions,
  out: ConditionTrace[],
): boolean {
  if ('all' in c) {
    let ok = true;
    for (const part of c.all) ok = traceCondition(part, facts, a, out) && ok;
    return ok;
  }
  if ('any' in c) {
    let ok = false;
    for (const part of c.any) ok = traceCondition(part, facts, a, out) || ok;
    return ok;
  }
  if ('not' in c) {
    const inner: ConditionTrace[] = [];
    const passed = !traceCondition(c.not, facts, a, inner);
    out.push({ label: c.label, value: inner.map((t) => t.value).join(', '), passed });
    return passed;
  }
  const info = FACT_INFO[c.fact];
  if ('is' in c) {
    const passed = facts[c.fact] === c.is;
    out.push({
      label: `${info.label}: ${c.is ? 'yes' : 'no'}`,
      value: format(facts[c.fact], 'yes-no'),
      passed,
    });
    return passed;
  }
  const passed = compare(facts[c.fact], c.op, threshold(c, facts, a));
  // A level is a named band ("$1 million to $5 million"): quoted, so "below" reads as "below that band".
  const than =
    info.unit === 'level' && typeof c.than === 'number'
      ? `“${describeThreshold(c, facts, a)}”`
      : describeThreshold(c, facts, a);
  const label = `${info.label} ${OP_WORDS[c.op]} ${than}`;
  out.push({ label, value: format(facts[c.fact], info.unit, info.levels), passed });
  return passed;
}

/** One rule's trace entry. */
export function traceRule(rule: Rule, facts: Facts, a: Assumptions): RuleTrace {
  const conditions: ConditionTrace[] = [];
  const fired = traceCondition(rule.when, facts, a, conditions);
  return { ruleId: rule.id, description: rule.description, fired, conditions, source: rule.source };
}
