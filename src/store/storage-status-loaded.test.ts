import { expect, it } from 'vitest';
import {
  isStorageStatusLoaded,
  markStorageStatusLoaded,
  subscribeStorageStatusLoaded,
} from './storage-status-loaded';

it('tells each subscriber once, even one that subscribes again while told', () => {
  const calls: string[] = [];
  let unsubscribe = subscribeStorageStatusLoaded(function again() {
    calls.push('again');
    unsubscribe();
    unsubscribe = subscribeStorageStatusLoaded(again);
  });
  const other = subscribeStorageStatusLoaded(() => calls.push('other'));
  expect(isStorageStatusLoaded()).toBe(false);
  markStorageStatusLoaded();
  markStorageStatusLoaded();
  expect(isStorageStatusLoaded()).toBe(true);
  expect(calls).toEqual(['again', 'other']);
  unsubscribe();
  other();
});
