import {
  ASSUMPTION_INFO,
  ASSUMPTION_KEYS,
  type AssumptionKey,
  type Assumptions,
} from './assumptions';
import type { ConditionTrace } from './assessment';
import {
  FACT_INDEX,
  baseFactSpec,
  decodeSlot,
  enumOrdinal,
  type FactKey,
  type Facts,
  type NumberFormat,
} from './facts';
import { formatNumberAs } from './text';

/*
 * The condition language of the rules: comparisons over facts, combined with all / any / not /
 * at-least-n-of. Thresholds are assumption keys or other facts. A literal may only be 0 or 1 (the
 * type says so), which keeps every benchmark figure in the assumptions, where it has a source and
 * a consultant can change it.
 *
 * A missing value (a `null` metric, e.g. the payback of a hire that never pays back) fails every
 * comparison; `{ op: 'known' }` tests for it, and `not` inverts either.
 */

type KeysWhere<T, V> = { [K in keyof T]-?: [T[K]] extends [V] ? K : never }[keyof T];

export type NumberFactKey = KeysWhere<Facts, number | null>;
export type BooleanFactKey = KeysWhere<Facts, boolean>;
export type EnumFactKey = Exclude<KeysWhere<Facts, string>, never>;

export type CompareOp = 'gte' | 'lte' | 'gt' | 'lt' | 'eq';

/** The only literals a condition may hold: structural 0/1, never a benchmark figure. */
export type StructuralConstant = 0 | 1;

export type NumberCondition =
  | { fact: NumberFactKey; op: CompareOp; assumption: AssumptionKey }
  | { fact: NumberFactKey; op: CompareOp; otherFact: NumberFactKey }
  | { fact: NumberFactKey; op: CompareOp; value: StructuralConstant }
  | { fact: NumberFactKey; op: 'known' };

export type EnumCondition = {
  [K in EnumFactKey]:
    { fact: K; op: 'eq'; value: Facts[K] } | { fact: K; op: 'in'; values: readonly Facts[K][] };
}[EnumFactKey];

export type BooleanCondition = { fact: BooleanFactKey; op: 'eq'; value: boolean };

export type Condition =
  | NumberCondition
  | EnumCondition
  | BooleanCondition
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition }
  | { atLeast: number; of: readonly Condition[] };

// Builders keep the rule table short; they return plain data.
/** Every condition holds. */
export const all = (...conditions: Condition[]): Condition => ({ all: conditions });
/** At least one condition holds. */
export const any = (...conditions: Condition[]): Condition => ({ any: conditions });
/** The condition does not hold (a comparison with a missing value does not hold, so `not` of it does). */
export const not = (condition: Condition): Condition => ({ not: condition });
/** At least `n` of the conditions hold. */
export const atLeast = (n: number, ...conditions: Condition[]): Condition => ({
  atLeast: n,
  of: conditions,
});
/** The yes/no fact is yes. */
export const is = (fact: BooleanFactKey): Condition => ({ fact, op: 'eq', value: true });
/** The yes/no fact is no. */
export const isNot = (fact: BooleanFactKey): Condition => ({ fact, op: 'eq', value: false });

/** Facts a condition reads, in first-use order (for trace ordering and the derivation-order check). */
export function factsOf(condition: Condition, out: FactKey[] = []): FactKey[] {
  if ('all' in condition) condition.all.forEach((c) => factsOf(c, out));
  else if ('any' in condition) condition.any.forEach((c) => factsOf(c, out));
  else if ('not' in condition) factsOf(condition.not, out);
  else if ('atLeast' in condition) condition.of.forEach((c) => factsOf(c, out));
  else {
    if (!out.includes(condition.fact)) out.push(condition.fact);
    if ('otherFact' in condition && !out.includes(condition.otherFact))
      out.push(condition.otherFact);
  }
  return out;
}

/** Assumptions a condition reads. */
export function assumptionsOf(
  condition: Condition,
  out: Set<AssumptionKey> = new Set(),
): Set<AssumptionKey> {
  if ('all' in condition) condition.all.forEach((c) => assumptionsOf(c, out));
  else if ('any' in condition) condition.any.forEach((c) => assumptionsOf(c, out));
  else if ('not' in condition) assumptionsOf(condition.not, out);
  else if ('atLeast' in condition) condition.of.forEach((c) => assumptionsOf(c, out));
  else if ('assumption' in condition) out.add(condition.assumption);
  return out;
}

// ---------------------------------------------------------------------------------------------
// Compilation: conditions become one small bytecode program, run by a single interpreter loop.
//
// The counterfactual search runs every rule about a hundred times per assessment. A flat program
// over typed arrays keeps that loop monomorphic (no closure calls, no property lookups), which is
// what keeps `evaluate` within its time budget. `traceCondition` below evaluates the same
// conditions the slow, readable way; a test checks the two always agree.
// ---------------------------------------------------------------------------------------------

// Instruction codes. Plain constants (not an enum) so every bundler inlines them the same way.
// Comparisons carry their operator in the code (base + CMP[op]) so the interpreter does a single
// dispatch per instruction.
/** acc = fact[i] <op> assumption[j]: [code, i, j] */
const OP_VS_ASSUMPTION = 20;
/** acc = fact[i] <op> fact[k]: [code, i, k] */
const OP_VS_FACT = 30;
/** acc = fact[i] <op> n, n a whole number (0/1, or an option's position): [code, i, n] */
const OP_VS_CONSTANT = 40;
/** acc = fact[i] is not missing: [code, i] */
const OP_KNOWN = 1;
/** acc = bit fact[i] of mask: [code, i, mask] */
const OP_IN = 2;
/** if !acc jump: [code, target] */
const OP_JUMP_IF_FALSE = 3;
/** if acc jump: [code, target] */
const OP_JUMP_IF_TRUE = 4;
const OP_NOT = 5;
const OP_TRUE = 6;
/** push a counter (for at-least-n-of) */
const OP_COUNTER_PUSH = 7;
/** if acc, counter++ */
const OP_COUNTER_ADD = 8;
/** acc = popped counter >= n: [code, n] */
const OP_COUNTER_POP = 9;
/** fact[i] = acc (a derived fact): [code, i] */
const OP_STORE = 10;
/** fired[r] = acc (a rule): [code, r] */
const OP_FIRE = 11;

const CMP: Record<CompareOp, number> = { gte: 0, lte: 1, gt: 2, lt: 3, eq: 4 };

/** A compiled program: a flat list of instructions. */
export interface Program {
  code: Int32Array;
}

/** Builds one program from many conditions, each ending in a Store or Fire instruction. */
export class ProgramBuilder {
  private readonly code: number[] = [];

  private emit(condition: Condition): void {
    const code = this.code;
    if ('all' in condition || 'any' in condition) {
      const parts = 'all' in condition ? condition.all : condition.any;
      if (parts.length === 0) {
        code.push(OP_TRUE);
        if ('any' in condition) code.push(OP_NOT);
        return;
      }
      const patches: number[] = [];
      parts.forEach((part, n) => {
        this.emit(part);
        if (n < parts.length - 1) {
          code.push('all' in condition ? OP_JUMP_IF_FALSE : OP_JUMP_IF_TRUE, -1);
          patches.push(code.length - 1);
        }
      });
      for (const at of patches) code[at] = code.length;
      return;
    }
    if ('not' in condition) {
      this.emit(condition.not);
      code.push(OP_NOT);
      return;
    }
    if ('atLeast' in condition) {
      code.push(OP_COUNTER_PUSH);
      for (const part of condition.of) {
        this.emit(part);
        code.push(OP_COUNTER_ADD);
      }
      code.push(OP_COUNTER_POP, condition.atLeast);
      return;
    }
    const i = FACT_INDEX[condition.fact];
    if (condition.op === 'known') {
      code.push(OP_KNOWN, i);
    } else if (condition.op === 'in') {
      let mask = 0;
      for (const v of condition.values) mask |= 1 << enumOrdinal(condition.fact, v);
      code.push(OP_IN, i, mask);
    } else if ('assumption' in condition) {
      code.push(OP_VS_ASSUMPTION + CMP[condition.op], i, ASSUMPTION_INDEX[condition.assumption]);
    } else if ('otherFact' in condition) {
      code.push(OP_VS_FACT + CMP[condition.op], i, FACT_INDEX[condition.otherFact]);
    } else {
      const value =
        typeof condition.value === 'string'
          ? enumOrdinal(condition.fact, condition.value)
          : Number(condition.value);
      code.push(OP_VS_CONSTANT + CMP[condition.op], i, value);
    }
  }

  /** Evaluate `condition` and store the result as fact `index` (derived facts). */
  store(condition: Condition, index: number): this {
    this.emit(condition);
    this.code.push(OP_STORE, index);
    return this;
  }

  /** Evaluate `condition` and record the result as rule `rule` fired or not. */
  fire(condition: Condition, rule: number): this {
    this.emit(condition);
    this.code.push(OP_FIRE, rule);
    return this;
  }

  build(): Program {
    return { code: Int32Array.from(this.code) };
  }
}

function compareNumbers(cmp: number, x: number, y: number): boolean {
  switch (cmp) {
    case 0:
      return x >= y;
    case 1:
      return x <= y;
    case 2:
      return x > y;
    case 3:
      return x < y;
    default:
      return x === y;
  }
}

const counters = new Int32Array(16);

/**
 * Run a program over a fact vector and an assumption vector. Store instructions write derived
 * facts into `facts` (so later conditions see them); Fire instructions write 1/0 into `fired`.
 */
export function runProgram(
  program: Program,
  facts: Float64Array,
  assumptions: Float64Array,
  fired: Uint8Array,
): void {
  const code = program.code;
  const end = code.length;
  let acc = false;
  let sp = 0;
  let pc = 0;
  while (pc < end) {
    const op = code[pc] as number;
    // Every test reads fact[i] from the slot after its code; control instructions do not.
    const x = op >= OP_VS_ASSUMPTION || op <= OP_IN ? (facts[code[pc + 1] as number] as number) : 0;
    switch (op) {
      case OP_VS_ASSUMPTION:
        acc = x >= (assumptions[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_ASSUMPTION + 1:
        acc = x <= (assumptions[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_ASSUMPTION + 2:
        acc = x > (assumptions[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_ASSUMPTION + 3:
        acc = x < (assumptions[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_ASSUMPTION + 4:
        acc = x === (assumptions[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_FACT:
        acc = x >= (facts[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_FACT + 1:
        acc = x <= (facts[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_FACT + 2:
        acc = x > (facts[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_FACT + 3:
        acc = x < (facts[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_FACT + 4:
        acc = x === (facts[code[pc + 2] as number] as number);
        pc += 3;
        break;
      case OP_VS_CONSTANT:
        acc = x >= (code[pc + 2] as number);
        pc += 3;
        break;
      case OP_VS_CONSTANT + 1:
        acc = x <= (code[pc + 2] as number);
        pc += 3;
        break;
      case OP_VS_CONSTANT + 2:
        acc = x > (code[pc + 2] as number);
        pc += 3;
        break;
      case OP_VS_CONSTANT + 3:
        acc = x < (code[pc + 2] as number);
        pc += 3;
        break;
      case OP_VS_CONSTANT + 4:
        acc = x === (code[pc + 2] as number);
        pc += 3;
        break;
      case OP_KNOWN:
        acc = !Number.isNaN(x);
        pc += 2;
        break;
      case OP_IN:
        acc = (((code[pc + 2] as number) >> x) & 1) === 1;
        pc += 3;
        break;
      case OP_JUMP_IF_FALSE:
        pc = acc ? pc + 2 : (code[pc + 1] as number);
        break;
      case OP_JUMP_IF_TRUE:
        pc = acc ? (code[pc + 1] as number) : pc + 2;
        break;
      case OP_NOT:
        acc = !acc;
        pc += 1;
        break;
      case OP_TRUE:
        acc = true;
        pc += 1;
        break;
      case OP_COUNTER_PUSH:
        counters[sp++] = 0;
        pc += 1;
        break;
      case OP_COUNTER_ADD:
        if (acc) counters[sp - 1] = (counters[sp - 1] as number) + 1;
        pc += 1;
        break;
      case OP_COUNTER_POP:
        acc = (counters[--sp] as number) >= (code[pc + 1] as number);
        pc += 2;
        break;
      case OP_STORE:
        facts[code[pc + 1] as number] = acc ? 1 : 0;
        pc += 2;
        break;
      case OP_FIRE:
        fired[code[pc + 1] as number] = acc ? 1 : 0;
        pc += 2;
        break;
      default:
        throw new Error(`Unknown instruction ${op} at ${pc}`);
    }
  }
}

/** The assumptions as a vector in ASSUMPTION_KEYS order, the form programs read. */
export const ASSUMPTION_INDEX = Object.fromEntries(
  ASSUMPTION_KEYS.map((key, i) => [key, i]),
) as Record<AssumptionKey, number>;

/** The assumptions as a vector in ASSUMPTION_KEYS order, the form compiled conditions read. */
export function assumptionVector(assumptions: Assumptions): Float64Array {
  const out = new Float64Array(ASSUMPTION_KEYS.length);
  for (let i = 0; i < ASSUMPTION_KEYS.length; i++)
    out[i] = assumptions[ASSUMPTION_KEYS[i] as AssumptionKey];
  return out;
}

function compare(op: CompareOp, x: number, y: number): boolean {
  return compareNumbers(CMP[op], x, y);
}

// ---------------------------------------------------------------------------------------------
// Tracing: the same conditions evaluated once more, slowly and readably, with words for the "why"
// view. `evaluate` uses the trace plans further down (same output, labels worked out once);
// traceCondition is the reference they are tested against.
// ---------------------------------------------------------------------------------------------

const OP_WORDS: Record<CompareOp, string> = { gte: '≥', lte: '≤', gt: '>', lt: '<', eq: '=' };

/** Labels of derived facts, supplied by rules.ts (which defines them). */
export type FactLabeler = (key: FactKey) => string;

export interface TraceContext {
  facts: Facts;
  assumptions: Assumptions;
  labelOf: FactLabeler;
  /** Prints an amount in the answer's currency. */
  formatAnswerMoney: (amount: number) => string;
}

function formatFactText(
  key: FactKey,
  value: unknown,
  formatAnswerMoney: (amount: number) => string,
): string {
  if (value === null) return 'none';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string') return value;
  const spec = baseFactSpec(key);
  const format: NumberFormat =
    spec && spec.format !== 'enum' && spec.format !== 'boolean' ? spec.format : 'decimal';
  return format === 'answer-money'
    ? formatAnswerMoney(value as number)
    : formatNumberAs(value as number, format);
}

function formatFact(key: FactKey, value: unknown, ctx: TraceContext): string {
  return formatFactText(key, value, ctx.formatAnswerMoney);
}

function formatAssumption(key: AssumptionKey, assumptions: Assumptions): string {
  const info = ASSUMPTION_INFO[key];
  const unit: Record<string, NumberFormat> = {
    usd: 'usd',
    percent: 'percent',
    days: 'days',
    months: 'months',
    'hours-per-week': 'hours',
  };
  return formatNumberAs(assumptions[key], unit[info.unit] ?? 'decimal');
}

function traceValue(value: unknown): ConditionTrace['value'] {
  if (
    value === null ||
    typeof value === 'boolean' ||
    typeof value === 'string' ||
    typeof value === 'number'
  ) {
    return value;
  }
  return null;
}

type Leaf = NumberCondition | EnumCondition | BooleanCondition;

/** The part of a leaf's label that never changes (labels are pure functions of the condition). */
function staticLabel(condition: Leaf, labelOf: FactLabeler): string {
  const label = labelOf(condition.fact);
  if (condition.op === 'known') return `${label} is known`;
  if (condition.op === 'in') return `${label} is one of: ${condition.values.join(', ')}`;
  if ('assumption' in condition) {
    return `${label} ${OP_WORDS[condition.op]} ${ASSUMPTION_INFO[condition.assumption].label}`;
  }
  if ('otherFact' in condition)
    return `${label} ${OP_WORDS[condition.op]} ${labelOf(condition.otherFact)}`;
  if (typeof condition.value === 'boolean') return condition.value ? label : `Not: ${label}`;
  if (typeof condition.value === 'string') return `${label} is ${condition.value}`;
  return `${label} ${OP_WORDS[condition.op]} ${condition.value}`;
}

/**
 * Evaluate a condition without short-circuits, listing every comparison with a label, the value
 * compared and whether it held. Returns whether the whole condition held.
 */
export function traceCondition(
  condition: Condition,
  ctx: TraceContext,
  out: ConditionTrace[],
  prefix = '',
): boolean {
  if ('all' in condition) {
    let ok = true;
    for (const c of condition.all) ok = traceCondition(c, ctx, out, prefix) && ok;
    return ok;
  }
  if ('any' in condition) {
    let ok = false;
    for (const c of condition.any) ok = traceCondition(c, ctx, out, `${prefix}Either: `) || ok;
    return ok;
  }
  if ('not' in condition) {
    const inner: ConditionTrace[] = [];
    const held = traceCondition(condition.not, ctx, inner, '');
    for (const t of inner)
      out.push({ label: `${prefix}Not: ${t.label}`, value: t.value, passed: !t.passed });
    return !held;
  }
  if ('atLeast' in condition) {
    let count = 0;
    for (const c of condition.of)
      if (traceCondition(c, ctx, out, `${prefix}At least ${condition.atLeast} of: `)) count++;
    return count >= condition.atLeast;
  }
  const key = condition.fact;
  const facts = ctx.facts as unknown as Record<string, unknown>;
  const raw = facts[key];
  let text = staticLabel(condition, ctx.labelOf);
  let passed: boolean;
  if (condition.op === 'known') {
    passed = raw !== null;
  } else if (condition.op === 'in') {
    passed = (condition.values as readonly unknown[]).includes(raw);
  } else if ('assumption' in condition) {
    passed =
      typeof raw === 'number' && compare(condition.op, raw, ctx.assumptions[condition.assumption]);
    text += ` (${formatAssumption(condition.assumption, ctx.assumptions)})`;
  } else if ('otherFact' in condition) {
    const other = facts[condition.otherFact];
    passed =
      typeof raw === 'number' && typeof other === 'number' && compare(condition.op, raw, other);
    text += ` (${formatFact(condition.otherFact, other, ctx)})`;
  } else if (typeof condition.value === 'number') {
    passed = typeof raw === 'number' && compare(condition.op, raw, condition.value);
  } else {
    passed = raw === condition.value;
  }
  out.push({ label: `${prefix}${text}`, value: traceValue(raw), passed });
  return passed;
}

// ---------------------------------------------------------------------------------------------
// Trace plans: the labels of traceCondition worked out once per condition, so an assessment only
// reads values from the fact vector and formats the thresholds. A test checks that a plan gives
// exactly what traceCondition gives.
// ---------------------------------------------------------------------------------------------

type LeafTest =
  | { type: 'known' }
  | { type: 'in'; mask: number }
  | { type: 'assumption'; cmp: number; j: number; key: AssumptionKey }
  | { type: 'fact'; cmp: number; k: number; key: FactKey }
  | { type: 'constant'; cmp: number; value: number };

export interface TraceLeafPlan {
  label: string;
  negate: boolean;
  index: number;
  fact: FactKey;
  test: LeafTest;
}

function planLeaf(condition: Leaf, labelOf: FactLabeler): { label: string; test: LeafTest } {
  const label = staticLabel(condition, labelOf);
  if (condition.op === 'known') return { label, test: { type: 'known' } };
  if (condition.op === 'in') {
    let mask = 0;
    for (const v of condition.values) mask |= 1 << enumOrdinal(condition.fact, v);
    return { label, test: { type: 'in', mask } };
  }
  if ('assumption' in condition) {
    return {
      label,
      test: {
        type: 'assumption',
        cmp: CMP[condition.op],
        j: ASSUMPTION_INDEX[condition.assumption],
        key: condition.assumption,
      },
    };
  }
  if ('otherFact' in condition) {
    return {
      label,
      test: {
        type: 'fact',
        cmp: CMP[condition.op],
        k: FACT_INDEX[condition.otherFact],
        key: condition.otherFact,
      },
    };
  }
  const value =
    typeof condition.value === 'string'
      ? enumOrdinal(condition.fact, condition.value)
      : Number(condition.value);
  return { label, test: { type: 'constant', cmp: CMP[condition.op], value } };
}

/** The leaves of a condition with their fixed labels, in the order traceCondition lists them. */
export function planTrace(
  condition: Condition,
  labelOf: FactLabeler,
  prefix = '',
): TraceLeafPlan[] {
  if ('all' in condition) return condition.all.flatMap((c) => planTrace(c, labelOf, prefix));
  if ('any' in condition)
    return condition.any.flatMap((c) => planTrace(c, labelOf, `${prefix}Either: `));
  if ('atLeast' in condition) {
    return condition.of.flatMap((c) =>
      planTrace(c, labelOf, `${prefix}At least ${condition.atLeast} of: `),
    );
  }
  if ('not' in condition) {
    return planTrace(condition.not, labelOf).map((leaf) => ({
      ...leaf,
      label: `${prefix}Not: ${leaf.label}`,
      negate: !leaf.negate,
    }));
  }
  const { label, test } = planLeaf(condition, labelOf);
  return [
    {
      label: `${prefix}${label}`,
      negate: false,
      index: FACT_INDEX[condition.fact],
      fact: condition.fact,
      test,
    },
  ];
}

/** What a plan needs to print thresholds: the assumptions, and money in the answers' currency. */
export interface TraceFormat {
  assumptions: Assumptions;
  formatAnswerMoney: (amount: number) => string;
  /** Formatted assumption values, filled as needed (one assessment formats each once). */
  assumptionText: Map<AssumptionKey, string>;
}

/** Run a plan over a fact vector: one ConditionTrace per leaf, as traceCondition would list it. */
export function runTrace(
  plan: readonly TraceLeafPlan[],
  facts: Float64Array,
  assumptions: Float64Array,
  format: TraceFormat,
): ConditionTrace[] {
  const out: ConditionTrace[] = [];
  for (const leaf of plan) {
    const raw = facts[leaf.index] as number;
    const test = leaf.test;
    let held: boolean;
    let label = leaf.label;
    switch (test.type) {
      case 'known':
        held = !Number.isNaN(raw);
        break;
      case 'in':
        held = ((test.mask >> raw) & 1) === 1;
        break;
      case 'assumption': {
        held = compareNumbers(test.cmp, raw, assumptions[test.j] as number);
        let text = format.assumptionText.get(test.key);
        if (text === undefined) {
          text = formatAssumption(test.key, format.assumptions);
          format.assumptionText.set(test.key, text);
        }
        label += ` (${text})`;
        break;
      }
      case 'fact': {
        const other = facts[test.k] as number;
        held = compareNumbers(test.cmp, raw, other);
        label += ` (${formatFactText(test.key, decodeSlot(test.k, other), format.formatAnswerMoney)})`;
        break;
      }
      case 'constant':
        held = compareNumbers(test.cmp, raw, test.value);
        break;
    }
    out.push({ label, value: decodeSlot(leaf.index, raw), passed: leaf.negate ? !held : held });
  }
  return out;
}
