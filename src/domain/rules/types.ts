import type { AssumptionKey } from '../assumptions/info';
import type { Dimension } from '../types';
import type { BoolFact, NumFact } from './facts';

/*
 * Rules are data: a condition tree over named facts, a dimension, and the publication the rule
 * rests on. rules/evaluate.ts walks the tree and returns each comparison it made, so the "why" view
 * shows exactly what was tested, in words.
 */

export type Comparison = '<' | '<=' | '>=' | '>' | '==';

export type Condition =
  | { all: readonly Condition[] }
  | { any: readonly Condition[] }
  | { not: Condition; label: string }
  | {
      fact: NumFact;
      op: Comparison;
      /** A number, an assumption, or another fact. */
      than: number | { assumption: AssumptionKey; scale?: number; offset?: number } | { fact: NumFact };
    }
  | { fact: BoolFact; is: boolean };

/**
 * gate: stops every hire until cleared. alongside: a hire can start while it is fixed.
 * signal: a fact about the company the decision combines (capacity, pipeline, fit).
 */
export type RuleRole = 'gate' | 'alongside' | 'signal';

export interface Rule {
  id: string;
  role: RuleRole;
  dimension: Dimension;
  /** What the rule says when it fires, in plain words. */
  description: string;
  when: Condition;
  /** A named, dated publication. */
  source: string;
}

/** A blocker's words, for gates and alongside rules. */
export interface BlockerText {
  title: string;
  why: string;
  fix: string;
  /** Typical weeks to clear it (alongside blockers; gates where meaningful). */
  typicalWeeks?: number;
}
