// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { keepEarlyFiles, takeEarlyFile } from './early-file';

function fileInput(inShell: boolean): HTMLInputElement {
  const host = document.createElement('div');
  if (inShell) host.className = 'shell-variant';
  const input = document.createElement('input');
  input.type = 'file';
  host.append(input);
  document.body.append(host);
  return input;
}

function choose(input: HTMLInputElement, file: File): void {
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

keepEarlyFiles(document, window);

afterEach(() => {
  document.body.replaceChildren();
  takeEarlyFile();
});

describe('a file chosen in the static first paint', () => {
  it('is kept, and handed over once', () => {
    const file = new File(['{}'], 'acme.json', { type: 'application/json' });
    choose(fileInput(true), file);
    expect(takeEarlyFile()).toBe(file);
    expect(takeEarlyFile()).toBeUndefined();
  });

  it('is not kept when chosen in the app itself, whose control opens it', () => {
    choose(fileInput(false), new File(['{}'], 'acme.json'));
    expect(takeEarlyFile()).toBeUndefined();
  });
});
