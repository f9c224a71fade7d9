import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  answersSchema,
  ARR_BANDS,
  ASSUMPTION_INFO,
  ASSUMPTION_KEYS,
  CRM_LEVELS,
  CURRENCIES,
  HIRE_REGIONS,
  ICP_LEVELS,
  LEAD_SOURCES,
  LEAD_TRENDS,
  OUTBOUND_LEVELS,
  PROCESS_DOCS_LEVELS,
  QUALIFICATION_LEVELS,
  type Answers,
  type Assumptions,
} from '../domain';
import { LONG_COMPANY_NAME } from './bench-sample';
import { SHARE_FIXTURES } from './fixtures';
import { sanitizeNotes } from './text';
import {
  encodeShareCode,
  exportAssessmentFile,
  restoreAssessmentFile,
  restoreShareCode,
  sanitizeText,
  type SharePayload,
} from './index';

/*
 * Property tests of the share code and the export file: every valid payload round-trips exactly,
 * and no string whatsoever makes a restore function throw or silently decode to something else.
 * The arbitraries follow the schema's ranges, including the decimals it allows.
 */

// ---------------------------------------------------------------------------------------------
// Arbitraries
// ---------------------------------------------------------------------------------------------

/** Whole numbers in [min, max], with the ends themselves often. */
const whole = (min: number, max: number) =>
  fc.oneof(fc.integer({ min, max }), fc.constantFrom(min, max));

/**
 * Any number in [min, max]: whole, one or two decimals as typed into a form, and arbitrary doubles
 * (0.30000000000000004, 5e-324, 9999.999999999998), with the ends.
 */
function decimal(min: number, max: number, { positive = false } = {}) {
  const low = positive ? Number.MIN_VALUE : min;
  const scaled = (factor: number) =>
    fc
      .integer({ min: Math.ceil(min * factor), max: Math.floor(max * factor) })
      .map((n) => n / factor);
  return fc
    .oneof(
      fc.integer({ min: Math.ceil(min), max: Math.floor(max) }),
      scaled(10),
      scaled(100),
      fc.double({ min: low, max, noNaN: true }),
      fc.constantFrom(min, max, 0.1 + 0.2),
    )
    .filter((n) => n >= low && n <= max);
}

/** Company names as the schema leaves them: trimmed, no control characters, at most 80 UTF-16 units. */
const companyName = fc
  .oneof(
    fc.string({ unit: 'grapheme-ascii', maxLength: 80 }),
    fc.string({ unit: 'grapheme', maxLength: 30 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.constantFrom(
      'Acme Analytics',
      LONG_COMPANY_NAME,
      '🚀'.repeat(40),
      'Smith & Jones_Co ~ Inc.',
      '👩‍👩‍👧‍👦 Família Ltda.',
      '',
    ),
  )
  .map((name) => sanitizeText(name).trim())
  .filter((name) => name.length <= 80);

const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    companyName,
    arrBand: fc.constantFrom(...ARR_BANDS),
    customers: whole(0, 1_000_000),
    aes: whole(0, 1_000),
    sdrs: whole(0, 1_000),
    qualifiedOppsPerMonth: decimal(0, 10_000),
    leadTrend: fc.constantFrom(...LEAD_TRENDS),
    // Order is part of the value: the form may keep sources in the order they were ticked.
    leadSources: fc.oneof(fc.subarray([...LEAD_SOURCES]), fc.shuffledSubarray([...LEAD_SOURCES])),
    leadsUnworked: fc.boolean(),
    outbound: fc.constantFrom(...OUTBOUND_LEVELS),
    icp: fc.constantFrom(...ICP_LEVELS),
    processDocs: fc.constantFrom(...PROCESS_DOCS_LEVELS),
    crm: fc.constantFrom(...CRM_LEVELS),
    qualification: fc.constantFrom(...QUALIFICATION_LEVELS),
    nonFounderWins: whole(0, 10_000),
    currency: fc.constantFrom(...CURRENCIES),
    acv: decimal(0, 100_000_000, { positive: true }),
    closeRatePct: decimal(0, 100),
    salesCycleDays: whole(1, 730),
    stakeholders: whole(1, 20),
    founderSalesHours: decimal(0, 80),
    founderClosesAll: fc.boolean(),
    runwayMonths: decimal(0, 120),
    // v2 answers, absent in data saved before they existed (and monthlyBurn is optional).
    sellingFounders: whole(0, 5),
    hireRegion: fc.constantFrom(...HIRE_REGIONS),
    monthlyBurn: decimal(0, 100_000_000),
  },
  {
    requiredKeys: [
      'companyName',
      'arrBand',
      'customers',
      'aes',
      'sdrs',
      'qualifiedOppsPerMonth',
      'leadTrend',
      'leadSources',
      'leadsUnworked',
      'outbound',
      'icp',
      'processDocs',
      'crm',
      'qualification',
      'nonFounderWins',
      'currency',
      'acv',
      'closeRatePct',
      'salesCycleDays',
      'stakeholders',
      'founderSalesHours',
      'founderClosesAll',
      'runwayMonths',
    ],
  },
);

/** Any subset of assumptions, each anywhere in its range. */
const changedAssumptionsArb: fc.Arbitrary<Partial<Assumptions>> = fc.record(
  Object.fromEntries(
    ASSUMPTION_KEYS.map((key) => {
      const { min, max } = ASSUMPTION_INFO[key];
      return [key, decimal(min, max)];
    }),
  ) as { [K in keyof Assumptions]: fc.Arbitrary<number> },
  { requiredKeys: [] },
);

/** v2 notes: any text, line breaks and emoji included, that a link can carry. */
const notesArb = fc
  .string({ unit: 'grapheme', minLength: 1, maxLength: 120 })
  .map((text) => sanitizeNotes(text))
  .filter((text) => text !== '');

const payloadArb: fc.Arbitrary<SharePayload> = fc.record(
  { answers: answersArb, assumptions: changedAssumptionsArb, notes: notesArb },
  { requiredKeys: ['answers', 'assumptions'] },
);

const CODE_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~'];

// ---------------------------------------------------------------------------------------------
// Round trips
// ---------------------------------------------------------------------------------------------

describe('round trip', () => {
  it('the arbitraries only make schema-valid answers (so the properties below test what they claim)', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        expect(answersSchema().parse(answers)).toEqual(answers);
      }),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it('every valid payload survives a share code exactly (1,000 payloads)', () => {
    fc.assert(
      fc.property(payloadArb, (payload) => {
        const code = encodeShareCode(payload);
        expect(code).toMatch(/^3[A-Za-z0-9._~-]*[a-z0-9]$/);
        expect(restoreShareCode(code)).toEqual({ ok: true, value: payload, version: 3 });
      }),
      { numRuns: 1_000, endOnFailure: true },
    );
  }, 60_000);

  it('every valid payload survives an export file exactly (500 payloads)', () => {
    fc.assert(
      fc.property(
        // The file carries no notes (they stay private); the workspace file does.
        payloadArb.map(({ answers, assumptions }) => ({ answers, assumptions })),
        fc.option(
          fc.string({ maxLength: 60 }).map((s) => sanitizeText(s).trim()),
          { nil: undefined },
        ),
        (payload, name) => {
          const file = exportAssessmentFile(name === undefined ? payload : { ...payload, name });
          const expected = name === undefined ? payload : { ...payload, name };
          expect(restoreAssessmentFile(file)).toEqual({ ok: true, value: expected, version: 1 });
        },
      ),
      { numRuns: 500, endOnFailure: true },
    );
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------
// Damaged input: 10,000 random and mutated strings
// ---------------------------------------------------------------------------------------------

function isTypedError(result: ReturnType<typeof restoreShareCode>): boolean {
  return (
    !result.ok &&
    ['empty', 'malformed', 'truncated', 'unknown-version', 'invalid'].includes(result.error.kind) &&
    typeof result.error.message === 'string' &&
    result.error.message.length > 20
  );
}

type Mutation =
  | { kind: 'substitute'; at: number; char: string }
  | { kind: 'truncate'; at: number }
  | { kind: 'append'; junk: string }
  | { kind: 'version'; char: string }
  | { kind: 'swap'; at: number }
  | { kind: 'delete'; at: number }
  | { kind: 'insert'; at: number; char: string };

const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({
    kind: fc.constant('substitute' as const),
    at: fc.nat(),
    char: fc.constantFrom(...CODE_CHARS),
  }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('append' as const),
    junk: fc.string({ minLength: 1, maxLength: 8 }),
  }),
  fc.record({
    kind: fc.constant('version' as const),
    char: fc.constantFrom(...CODE_CHARS.filter((c) => /[A-Za-z04-9]/.test(c))),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fc.nat(),
    char: fc.constantFrom(...CODE_CHARS),
  }),
);

describe('damaged codes', () => {
  // Generating a payload costs more than restoring a code, so mutate a pool of 300 varied codes.
  const VALID_CODES = [
    ...SHARE_FIXTURES.map((f) => f.code),
    ...fc.sample(payloadArb, 300).map(encodeShareCode),
  ];

  it('4,000 random strings: a typed error, never an exception', () => {
    const randomStrings = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 200 }),
      fc.string({ unit: 'grapheme-ascii', maxLength: 200 }),
      fc.string({ unit: fc.constantFrom(...CODE_CHARS), maxLength: 200 }),
      // Plausible-looking v1 codes reach deep into the parser.
      fc
        .string({ unit: fc.constantFrom(...CODE_CHARS, '.', '.', '.', '0', '1'), maxLength: 120 })
        .map((s) => `1${s}`),
      fc.string({ maxLength: 100 }).map((s) => `1${encodeURIComponent(s)}`),
    );
    fc.assert(
      fc.property(randomStrings, (input) => {
        const result = restoreShareCode(input);
        // A random string that happens to be valid is astronomically unlikely; if it ever is, it
        // must at least be a schema-valid payload.
        expect(
          result.ok
            ? answersSchema().safeParse(result.value.answers).success
            : isTypedError(result),
        ).toBe(true);
      }),
      { numRuns: 4_000, endOnFailure: true },
    );
  }, 60_000);

  it('6,000 mutated valid codes (substituted, cut, extended, swapped, other versions, a character lost or added): a typed error, never an exception, never a payload', () => {
    fc.assert(
      fc.property(fc.constantFrom(...VALID_CODES), mutationArb, (code, mutation) => {
        const n = code.length;
        let damaged: string;
        switch (mutation.kind) {
          case 'substitute': {
            const at = mutation.at % n;
            fc.pre(code[at] !== mutation.char);
            damaged = code.slice(0, at) + mutation.char + code.slice(at + 1);
            break;
          }
          case 'truncate':
            damaged = code.slice(0, mutation.at % n);
            break;
          case 'append':
            fc.pre(mutation.junk.trim() !== '');
            damaged = code + mutation.junk;
            break;
          case 'version':
            // Any other first character, a known version's or not, fails the check: damage, never
            // a payload and never "newer".
            damaged = mutation.char + code.slice(1);
            break;
          case 'swap': {
            const at = mutation.at % (n - 1);
            fc.pre(code[at] !== code[at + 1]);
            damaged = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
            break;
          }
          case 'delete': {
            const at = mutation.at % n;
            damaged = code.slice(0, at) + code.slice(at + 1);
            break;
          }
          case 'insert': {
            const at = mutation.at % (n + 1);
            damaged = code.slice(0, at) + mutation.char + code.slice(at);
            break;
          }
        }
        const result = restoreShareCode(damaged);
        expect(isTypedError(result)).toBe(true);
        const kind = result.ok ? 'ok' : result.error.kind;
        const expectedKind = {
          truncate: damaged === '' ? 'empty' : 'truncated',
          append: 'malformed',
          version: 'malformed',
        }[mutation.kind as string];
        expect(kind).toBe(expectedKind ?? kind);
      }),
      { numRuns: 6_000, endOnFailure: true },
    );
  }, 60_000);
});

describe('damage to real links is caught deterministically, not merely probably', () => {
  const codes = SHARE_FIXTURES.map((fixture) => fixture.code);

  it('every single-character substitution of every fixture is refused', () => {
    let tried = 0;
    for (const code of codes) {
      for (let at = 0; at < code.length; at++) {
        for (const char of CODE_CHARS) {
          if (char === code[at]) continue;
          const result = restoreShareCode(code.slice(0, at) + char + code.slice(at + 1));
          if (result.ok) throw new Error(`substituting "${char}" at ${at} of ${code} was accepted`);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(25_000);
  }, 60_000);

  it('every truncation of every fixture is reported as truncated', () => {
    for (const code of codes) {
      for (let length = 1; length < code.length; length++) {
        const result = restoreShareCode(code.slice(0, length));
        expect(result, `${code} cut to ${length}`).toMatchObject({
          ok: false,
          error: { kind: 'truncated' },
        });
      }
    }
  });

  it('every swap of two adjacent different characters is refused', () => {
    for (const code of codes) {
      for (let at = 0; at + 1 < code.length; at++) {
        if (code[at] === code[at + 1]) continue;
        const swapped = code.slice(0, at) + code[at + 1] + code[at] + code.slice(at + 2);
        expect(restoreShareCode(swapped).ok, `${code} swapped at ${at}`).toBe(false);
      }
    }
  });

  it('every single-character deletion and insertion of every fixture is refused', () => {
    let tried = 0;
    for (const code of codes) {
      for (let at = 0; at <= code.length; at++) {
        const variants = CODE_CHARS.map((char) => code.slice(0, at) + char + code.slice(at));
        if (at < code.length) variants.push(code.slice(0, at) + code.slice(at + 1));
        for (const variant of variants) {
          if (restoreShareCode(variant).ok)
            throw new Error(`${variant} (from ${code}) was accepted`);
          tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(25_000);
  }, 60_000);
});
