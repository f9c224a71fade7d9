import { expect, it } from 'vitest';
import { ASSUMPTION_KEYS } from './info';
import { ASSUMPTION_NOTES } from './notes';

it('every figure says what it does and names a dated source', () => {
  expect(new Set(Object.keys(ASSUMPTION_NOTES))).toEqual(new Set(ASSUMPTION_KEYS));
  const withoutSentence = ASSUMPTION_KEYS.filter(
    (key) => !/^\S.*\.$/.test(ASSUMPTION_NOTES[key].help),
  );
  const withoutDate = ASSUMPTION_KEYS.filter(
    (key) => !/\b(19|20)\d\d\b/.test(ASSUMPTION_NOTES[key].source),
  );
  expect(withoutSentence).toEqual([]);
  expect(withoutDate).toEqual([]);
});
