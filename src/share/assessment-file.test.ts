import { describe, expect, it } from 'vitest';
import { SAMPLE_ANSWERS } from '../domain';
import {
  ASSESSMENT_FILE_FORMAT,
  assessmentFileName,
  exportAssessmentFile,
  restoreAssessmentFile,
  type ShareError,
} from './index';

const PAYLOAD = { answers: SAMPLE_ANSWERS, assumptions: { aeOteUsd: 160_000, sdrsPerAe: 0.25 } };

function fileWith(edit: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(exportAssessmentFile(PAYLOAD)) as Record<string, unknown>;
  edit(file);
  return JSON.stringify(file);
}

function errorOf(text: string): ShareError {
  const result = restoreAssessmentFile(text);
  if (result.ok) throw new Error('expected an error');
  return result.error;
}

describe('export file', () => {
  it('is pretty JSON with the format tag, the version, every answer and only the changed assumptions', () => {
    const text = exportAssessmentFile({ ...PAYLOAD, name: 'Acme, first call' });
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain(
      '\n  "format": "hire-ready.assessment",\n  "version": 1,\n  "name": "Acme, first call",\n',
    );
    expect(JSON.parse(text)).toEqual({
      format: ASSESSMENT_FILE_FORMAT,
      version: 1,
      name: 'Acme, first call',
      answers: SAMPLE_ANSWERS,
      assumptions: { aeOteUsd: 160_000, sdrsPerAe: 0.25 },
    });
  });

  it('round-trips, with and without a name', () => {
    expect(restoreAssessmentFile(exportAssessmentFile(PAYLOAD))).toEqual({
      ok: true,
      value: PAYLOAD,
      version: 1,
    });
    const named = { ...PAYLOAD, name: 'Acme, first call' };
    expect(restoreAssessmentFile(exportAssessmentFile(named))).toEqual({
      ok: true,
      value: named,
      version: 1,
    });
  });

  it('accepts a file without an assumptions entry (nothing changed) and a byte-order mark', () => {
    const text = fileWith((file) => delete file.assumptions);
    expect(restoreAssessmentFile(`\uFEFF${text}`)).toEqual({
      ok: true,
      value: { answers: SAMPLE_ANSWERS, assumptions: {} },
      version: 1,
    });
  });

  it('suggests a file name from the company name', () => {
    expect(assessmentFileName('Acme Analytics')).toBe('hire-ready-acme-analytics.json');
    expect(assessmentFileName('Zoë & Co. — Ltd')).toBe('hire-ready-zoe-co-ltd.json');
    expect(assessmentFileName('株式会社')).toBe('hire-ready-assessment.json');
    expect(assessmentFileName('')).toBe('hire-ready-assessment.json');
  });
});

describe('import refuses what is not a valid export, with a clear message', () => {
  it.each(['', '  \n'])('an empty file %j', (text) => {
    expect(errorOf(text)).toMatchObject({
      kind: 'empty',
      message: expect.stringMatching(/file is empty/),
    });
  });

  it.each([
    ['not JSON', 'answers: yes'],
    ['a CSV', 'companyName,arrBand\nAcme,under-1m'],
    ['a JSON array', '[1, 2]'],
    ['JSON null', 'null'],
    ['another program’s JSON', '{"name": "my-package", "version": "1.0.0"}'],
    ['a wrong format tag', fileWith((file) => (file.format = 'hire-ready.draft'))],
  ])('%s', (_, text) => {
    expect(errorOf(text)).toMatchObject({
      kind: 'malformed',
      message: 'This file is not a Hire Ready export. Choose a file saved with Export answers.',
    });
  });

  it('a file cut short', () => {
    const text = exportAssessmentFile(PAYLOAD);
    expect(errorOf(text.slice(0, text.length / 2))).toMatchObject({
      kind: 'truncated',
      message: expect.stringMatching(/ends too early/),
    });
  });

  it.each([0, -1, 1.5, '1', null])('a version that is not a format version (%j)', (version) => {
    expect(errorOf(fileWith((file) => (file.version = version))).kind).toBe('malformed');
  });

  it('a file from a newer version', () => {
    expect(errorOf(fileWith((file) => (file.version = 2)))).toMatchObject({
      kind: 'unknown-version',
      message: expect.stringMatching(/newer version of Hire Ready/),
    });
  });

  it('a file with no answers', () => {
    expect(errorOf(fileWith((file) => delete file.answers))).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(
        /^The file’s answers are incomplete: it has no answers at all/,
      ),
    });
  });

  it('a file with some answers missing names them', () => {
    const error = errorOf(
      fileWith((file) => {
        const answers = file.answers as Record<string, unknown>;
        delete answers.closeRatePct;
        delete answers.runwayMonths;
      }),
    );
    expect(error.kind).toBe('invalid');
    expect(error.message).toBe(
      'The file’s answers are incomplete: Close rate and Runway are missing. Export the answers again, or start a new assessment and fill them in.',
    );
    expect(error.details).toEqual(['Close rate is missing', 'Runway is missing']);
  });

  it('answers out of range or of the wrong type, with the schema’s own messages', () => {
    const error = errorOf(
      fileWith((file) => {
        const answers = file.answers as Record<string, unknown>;
        answers.closeRatePct = 140;
        answers.customers = '18';
        answers.arrBand = 'huge';
      }),
    );
    expect(error).toEqual({
      kind: 'invalid',
      message: expect.stringMatching(/answers are not accepted/),
      details: [
        'Select your annual recurring revenue',
        'Enter the number of paying customers as a number',
        'Enter a close rate between 0 and 100',
      ],
    });
  });

  it('assumptions out of range', () => {
    const error = errorOf(fileWith((file) => (file.assumptions = { sdrsPerAe: 50 })));
    expect(error).toMatchObject({
      kind: 'invalid',
      message: expect.stringMatching(/assumptions are out of range/),
    });
    expect(error.details?.[0]).toMatch(/SDRs per closer/);
  });

  it('entries this version does not know, rather than dropping them silently', () => {
    const error = errorOf(
      fileWith((file) => {
        (file.answers as Record<string, unknown>).teamMood = 'great';
        (file.assumptions as Record<string, unknown>).magicNumber = 3;
      }),
    );
    expect(error).toMatchObject({
      kind: 'invalid',
      details: ['Unknown entry “teamMood”', 'Unknown entry “magicNumber”'],
    });
  });

  it('assumptions or a name of the wrong shape', () => {
    expect(errorOf(fileWith((file) => (file.assumptions = [1, 2]))).kind).toBe('invalid');
    expect(errorOf(fileWith((file) => (file.name = 42))).kind).toBe('invalid');
  });

  it('strips control characters from text it keeps', () => {
    const text = fileWith((file) => {
      file.name = 'Call\u0000 one\u202E';
      (file.answers as Record<string, unknown>).companyName = 'Acme\nAnalytics';
    });
    expect(restoreAssessmentFile(text)).toMatchObject({
      ok: true,
      value: { name: 'Call one', answers: { companyName: 'AcmeAnalytics' } },
    });
  });

  it('a huge file', () => {
    expect(errorOf(`{"x": "${'a'.repeat(1_000_001)}"}`).kind).toBe('malformed');
  });

  it('never throws, even for values that are not text', () => {
    for (const input of [undefined, null, 42, {}]) {
      expect(restoreAssessmentFile(input as unknown as string)).toMatchObject({
        ok: false,
        error: { kind: 'malformed' },
      });
    }
  });
});
