import { describe, expect, it } from 'vitest';
import {
  ANSWER_KEYS,
  ARR_BANDS,
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
  SAMPLE_ANSWERS,
} from '../domain';
import {
  BENCH_BASE_URL,
  LONG_COMPANY_NAME,
  measureShareUrl,
  SHARE_URL_BUDGET,
} from './bench-sample';
import { checksum } from './checksum';
import { SHARE_FIXTURES } from './fixtures';
import { buildShareUrl, encodeShareCode, restoreShareCode, type ShareError } from './index';
import { V1_ASSUMPTION_KEYS, V1_CHOICES, V1_FIELDS, V1_LEAD_SOURCES } from './v1';
import { V3_ASSUMPTION_KEYS, V3_REGIONS } from './v3';

const SAMPLE = { answers: SAMPLE_ANSWERS, assumptions: {} };

/** The part of a code between its header and its check. */
function restOf(code: string): string {
  return code.slice(code.indexOf('.') + 1, -2);
}

/** A code around `rest` with a correct header and check: what a newer app, or a careful forger, would write. */
function v1Code(rest: string, mode = 0, version = '3'): string {
  const factor = version === '3' ? 4 : 2;
  const header = `${version}${((rest.length + 2) * factor + mode).toString(36)}.`;
  return header + rest + checksum(header + rest);
}

function errorOf(code: string): ShareError {
  const result = restoreShareCode(code);
  if (result.ok) throw new Error(`expected an error for ${code}`);
  return result.error;
}

describe('fixtures: every released version keeps decoding', () => {
  it.each(SHARE_FIXTURES.map((fixture) => [fixture.description, fixture] as const))(
    '%s',
    (_, fixture) => {
      expect(restoreShareCode(fixture.code)).toEqual({
        ok: true,
        value: fixture.expected,
        version: fixture.version,
      });
    },
  );

  it('v1 and v2 payloads written again as v3 read back the same, new answers still absent', () => {
    for (const fixture of SHARE_FIXTURES.filter((f) => f.version < 3)) {
      const v3 = encodeShareCode(fixture.expected);
      expect(v3.charAt(0)).toBe('3');
      expect(restoreShareCode(v3)).toEqual({ ok: true, value: fixture.expected, version: 3 });
    }
  });

  it('the current encoder still writes the v3 fixtures byte for byte (while v3 is current)', () => {
    for (const fixture of SHARE_FIXTURES.filter((f) => f.version === 3)) {
      expect(encodeShareCode(fixture.expected)).toBe(fixture.code);
    }
  });

  it('notes are left out unless given, and a v1 link never reads a notes segment', () => {
    const withNotes = encodeShareCode({ ...SAMPLE, notes: 'Call back ~~ Tuesday' });
    expect(restoreShareCode(withNotes)).toMatchObject({
      ok: true,
      value: { notes: 'Call back ~~ Tuesday' },
    });
    expect(encodeShareCode(SAMPLE)).not.toContain('~~');
    // The same bytes under version 1 are a name containing "~~", which v1 never writes.
    expect(errorOf(v1Code(restOf(withNotes), 0, '1')).kind).toBe('malformed');
  });
});

const { typical, longName } = measureShareUrl();

describe('URL length budget', () => {
  it(`a complete assessment named "Acme Analytics" fits: ${typical.length} of ${SHARE_URL_BUDGET} characters`, () => {
    const url = buildShareUrl('https://hireready.app/', SAMPLE);
    expect(url).toBe(typical.url);
    expect(url.length).toBeLessThanOrEqual(SHARE_URL_BUDGET);
    expect(url).toBe(`https://hireready.app/#s/${encodeShareCode(SAMPLE)}`);
  });

  it(`an 80-character Latin name still fits: ${longName.length} of ${SHARE_URL_BUDGET} characters`, () => {
    expect(LONG_COMPANY_NAME).toHaveLength(80);
    expect(longName.length).toBeLessThanOrEqual(SHARE_URL_BUDGET);
    expect(longName.withinBudget).toBe(true);
  });

  it('uses only unreserved URL characters, and ends in a letter or digit that linkifiers keep', () => {
    for (const fixture of SHARE_FIXTURES)
      expect(fixture.code).toMatch(/^[A-Za-z0-9._~-]+[a-z0-9]$/);
  });
});

describe('buildShareUrl', () => {
  it('replaces any fragment of the base URL', () => {
    const code = encodeShareCode(SAMPLE);
    expect(buildShareUrl('https://example.com/tools/hire-ready/#/results', SAMPLE)).toBe(
      `https://example.com/tools/hire-ready/#s/${code}`,
    );
    expect(buildShareUrl(BENCH_BASE_URL, SAMPLE)).toBe(`${BENCH_BASE_URL}#s/${code}`);
    expect(buildShareUrl('http://localhost:5173/?x=1#', SAMPLE)).toBe(
      `http://localhost:5173/?x=1#s/${code}`,
    );
  });
});

describe('restoreShareCode errors', () => {
  const code = encodeShareCode(SAMPLE);

  it.each(['', '   ', '\n'])('an empty code %j is "empty"', (input) => {
    expect(errorOf(input).kind).toBe('empty');
  });

  it('a code cut short is "truncated"', () => {
    expect(errorOf(code.slice(0, 30))).toMatchObject({
      kind: 'truncated',
      message: expect.stringMatching(/shorter than it should be/),
    });
  });

  it('a changed character is "malformed", caught by the check', () => {
    const changed = code.replace('iio', 'iip');
    expect(errorOf(changed)).toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/changed after it was copied/),
    });
  });

  it('extra characters after the end are "malformed"', () => {
    expect(errorOf(`${code}x`)).toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/extra characters/),
    });
  });

  it('characters links never use are "malformed"', () => {
    expect(errorOf(code.replace('_', ' ')).kind).toBe('malformed');
    expect(errorOf(`${code}<script>`).kind).toBe('malformed');
    expect(errorOf('%E0%A4%A').kind).toBe('malformed');
  });

  it.each(['4', '9', 'a', 'z'])(
    'an intact code of a later version "%s" is "unknown-version": reloading will open it',
    (version) => {
      expect(errorOf(v1Code(restOf(code), 0, version))).toMatchObject({
        kind: 'unknown-version',
        message: expect.stringMatching(/newer version of Hire Ready/),
      });
    },
  );

  it.each([
    ['reversed', [...code].toReversed().join('')],
    // As reported: a v3 code read backwards, which no reload can open.
    ['reversed, as reported', 'uoscitylznA_emcA05.i1.p.3.91.p.oii0.212221152.c.0.0.i1.063'],
    ['with a later version digit typed over its own', `4${code.slice(1)}`],
    ['with a capital letter first', `Z${code.slice(1)}`],
    [
      'with no header number after the version',
      v1Code(restOf(code), 0, '4').replace(/^4\w+\./, '4.'),
    ],
    ['version 0', v1Code(restOf(code), 0, '0')],
  ])('a code %s is damaged, not from a newer version', (_, damaged) => {
    expect(errorOf(damaged)).toMatchObject({
      kind: 'malformed',
      message: expect.not.stringMatching(/newer version|[Rr]eload/),
    });
  });

  it.each(['hello', 'abc', 'Z9'])(
    'a short word ("%s") is not a link from a newer version, just not a link (issue 12)',
    (word) => {
      expect(errorOf(word).kind).toBe('malformed');
      expect(errorOf(word).message).not.toMatch(/newer version/);
    },
  );

  it('the test helper rebuilds real codes', () => {
    expect(v1Code(restOf(code))).toBe(code);
  });

  it('an intact code using a choice or assumption this app does not have is from a newer version', () => {
    // The rest starts with the revenue band digit: 9 is beyond the four bands.
    expect(errorOf(v1Code(`9${restOf(code).slice(1)}`)).kind).toBe('unknown-version');
    // Before the name: one changed assumption, index zz (1295), value 5.
    expect(errorOf(v1Code(restOf(code).replace(/0Acme/, '1zz5.Acme'))).kind).toBe(
      'unknown-version',
    );
  });

  it('a code that lost or gained a character anywhere is caught by its header', () => {
    expect(errorOf(code.replace('iio', 'io')).kind).toBe('truncated');
    expect(errorOf(code.replace('iio', 'iiio'))).toMatchObject({
      kind: 'malformed',
      message: expect.stringMatching(/extra characters/),
    });
  });

  it('an intact code with answers out of range is "invalid" and lists what is wrong', () => {
    const outOfRange = encodeShareCode({
      answers: { ...SAMPLE_ANSWERS, customers: 2_000_000, closeRatePct: 101 },
      assumptions: { sdrsPerAe: 50 },
    });
    expect(errorOf(outOfRange)).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/outside what Hire Ready accepts/),
      details: [
        'Enter the number of paying customers between 0 and 1,000,000',
        'Enter a close rate between 0 and 100',
      ],
    });
    const badAssumption = encodeShareCode({
      answers: SAMPLE_ANSWERS,
      assumptions: { sdrsPerAe: 50 },
    });
    expect(errorOf(badAssumption).details).toEqual([expect.stringMatching(/SDRs per closer/)]);
  });

  it('a name longer than the schema allows is "invalid"', () => {
    const long = encodeShareCode({
      answers: { ...SAMPLE_ANSWERS, companyName: 'x'.repeat(81) },
      assumptions: {},
    });
    expect(errorOf(long).details).toEqual(['Enter a company name of 80 characters or fewer']);
  });

  it('never throws on values that are not strings at all', () => {
    for (const input of [undefined, null, 42, {}, []]) {
      expect(restoreShareCode(input as unknown as string)).toMatchObject({
        ok: false,
        error: { kind: 'malformed' },
      });
    }
  });

  it('every error message is plain, and says what to do', () => {
    const messages = [
      errorOf(''),
      errorOf(code.slice(0, 10)),
      errorOf(code.replace('iio', 'iip')),
      errorOf(`${code}x`),
      errorOf(`4${code.slice(1)}`),
      errorOf(encodeShareCode({ answers: { ...SAMPLE_ANSWERS, aes: 5000 }, assumptions: {} })),
    ].map((error) => error.message);
    for (const message of messages) {
      expect(message).toMatch(/(Open|Copy|Reload|Ask)\b/);
      expect(message).not.toMatch(/checksum|decode|parse|undefined|null|zod|base ?36/i);
    }
  });
});

describe('tolerance for what happens to links on the way', () => {
  const code = encodeShareCode(SAMPLE);

  it('accepts surrounding whitespace', () => {
    expect(restoreShareCode(` ${code}\n`)).toMatchObject({ ok: true });
  });

  it('accepts a code whose characters were percent-encoded', () => {
    const escaped = code.replaceAll('~', '%7E').replaceAll('.', '%2E');
    expect(restoreShareCode(escaped)).toEqual(restoreShareCode(code));
    const fixture = SHARE_FIXTURES[1];
    expect(restoreShareCode(fixture?.code.replaceAll('~', '%7e') ?? '')).toMatchObject({
      ok: true,
    });
  });
});

describe('decoded names are data only', () => {
  it('strips control and bidi-override characters, on encode and on decode', () => {
    const answers = { ...SAMPLE_ANSWERS, companyName: 'Evil\u202E\nCorp\u0007' };
    const result = restoreShareCode(encodeShareCode({ answers, assumptions: {} }));
    expect(result).toMatchObject({ ok: true, value: { answers: { companyName: 'EvilCorp' } } });
  });

  it('strips them even from a forged code that carries them', () => {
    // Name text "A~0AB" (mode 0) holds a newline byte; the encoder would never write it.
    const forged = v1Code(restOf(encodeShareCode(SAMPLE)).replace('Acme_Analytics', 'A~0AB'));
    expect(restoreShareCode(forged)).toMatchObject({
      ok: true,
      value: { answers: { companyName: 'AB' } },
    });
  });

  it('trims a name that is only spaces to the empty name', () => {
    const forged = v1Code(restOf(encodeShareCode(SAMPLE)).replace('Acme_Analytics', '___'));
    expect(restoreShareCode(forged)).toMatchObject({
      ok: true,
      value: { answers: { companyName: '' } },
    });
  });
});

describe('v3 tables mirror the domain', () => {
  it('assumption keys: every key, in order (two base-36 digits each)', () => {
    expect(V3_ASSUMPTION_KEYS).toEqual(ASSUMPTION_KEYS);
    expect(V3_ASSUMPTION_KEYS.length).toBeLessThanOrEqual(36 * 36);
  });

  it('regions: the domain’s list, five to pack with the founder count in one digit', () => {
    expect(V3_REGIONS).toEqual(HIRE_REGIONS);
  });

  it('founders and region travel, or stay absent, exactly', () => {
    for (const [sellingFounders, hireRegion] of [
      [0, 'us'],
      [5, 'other'],
      [undefined, 'uk'],
      [undefined, undefined],
      [3, undefined],
    ] as const) {
      const answers = { ...SAMPLE_ANSWERS, sellingFounders, hireRegion, monthlyBurn: 45_000 };
      if (sellingFounders === undefined)
        delete (answers as Partial<typeof answers>).sellingFounders;
      if (hireRegion === undefined) delete (answers as Partial<typeof answers>).hireRegion;
      const result = restoreShareCode(encodeShareCode({ answers, assumptions: {} }));
      expect(result).toEqual({ ok: true, value: { answers, assumptions: {} }, version: 3 });
    }
  });
});

describe('v1 tables mirror the domain', () => {
  // If one of these fails because a value or key was APPENDED in src/domain, append it to the v1
  // table too (same version). Any other change (rename, removal, reorder, a new answer) needs a
  // new format version with a migration: docs/decisions/003-share-link-format.md.
  it.each([
    ['arrBand', ARR_BANDS],
    ['leadTrend', LEAD_TRENDS],
    ['outbound', OUTBOUND_LEVELS],
    ['icp', ICP_LEVELS],
    ['processDocs', PROCESS_DOCS_LEVELS],
    ['crm', CRM_LEVELS],
    ['qualification', QUALIFICATION_LEVELS],
    ['currency', CURRENCIES],
  ] as const)('%s choices', (key, domainList) => {
    expect(V1_CHOICES[key]).toEqual(domainList);
    expect(V1_CHOICES[key].length).toBeLessThanOrEqual(36);
  });

  it('lead sources (five fit in one bitmask digit)', () => {
    expect(V1_LEAD_SOURCES).toEqual(LEAD_SOURCES);
  });

  // v1 and v2 are frozen since v3: their tables are the first entries of the domain's lists
  // (keys are append-only), and one base-36 digit still indexes every v1 assumption.
  it('assumption keys (an index is one base-36 digit)', () => {
    expect(ASSUMPTION_KEYS.slice(0, V1_ASSUMPTION_KEYS.length)).toEqual(V1_ASSUMPTION_KEYS);
    expect(V1_ASSUMPTION_KEYS.length).toBeLessThanOrEqual(35);
  });

  it('fields: every answer v1 knew is written, in its question order', () => {
    expect(['companyName', ...V1_FIELDS.map((field) => field.key)]).toEqual(
      ANSWER_KEYS.slice(0, V1_FIELDS.length + 1),
    );
  });
});

describe('encodeShareCode', () => {
  it('writes only assumptions that are present, in key order', () => {
    const code = encodeShareCode({
      answers: SAMPLE_ANSWERS,
      assumptions: { lowCloseRatePct: 12, aeOteUsd: 160_000, sdrOteUsd: undefined },
    });
    expect(restOf(code).endsWith('2003fgg.0lc.Acme_Analytics')).toBe(true);
    expect(restoreShareCode(code)).toMatchObject({
      ok: true,
      value: { assumptions: { aeOteUsd: 160_000, lowCloseRatePct: 12 } },
    });
  });

  it('refuses a value no version can hold rather than writing a broken link', () => {
    expect(() =>
      encodeShareCode({ answers: { ...SAMPLE_ANSWERS, customers: -1 }, assumptions: {} }),
    ).toThrow(RangeError);
    expect(() =>
      encodeShareCode({
        answers: { ...SAMPLE_ANSWERS, arrBand: 'huge' as 'over-5m' },
        assumptions: {},
      }),
    ).toThrow(/no code for arrBand/);
  });
});
