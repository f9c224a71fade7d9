// @vitest-environment jsdom
// The faster label lookup (src/test-jsdom-labels.ts, loaded by the test setup) must answer as the
// HTML standard says, or every label query in the DOM tests would be wrong.
import { afterEach, describe, expect, it } from 'vitest';

function html(markup: string): void {
  document.body.innerHTML = markup;
}
const byId = (id: string) => document.getElementById(id);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('label.control and element.labels in the DOM tests', () => {
  it('finds the element a `for` names, and lists the label among its labels', () => {
    html('<label id="l" for="x">Name</label><p><input id="x"></p>');
    expect((byId('l') as HTMLLabelElement).control).toBe(byId('x'));
    expect([...((byId('x') as HTMLInputElement).labels ?? [])]).toEqual([byId('l')]);
  });

  it('takes the first element with that id in tree order', () => {
    html('<label id="l" for="x">A</label><select id="x"></select><input id="x">');
    expect((byId('l') as HTMLLabelElement).control).toBeInstanceOf(HTMLSelectElement);
  });

  it('gives no control when the named element cannot be labelled, or `for` is empty', () => {
    html('<label id="a" for="d">A</label><div id="d"></div><label id="b" for=""><input></label>');
    expect((byId('a') as HTMLLabelElement).control).toBeNull();
    expect((byId('b') as HTMLLabelElement).control).toBeNull();
  });

  it('follows the id as it changes', () => {
    html('<label id="l" for="x">A</label><input id="y">');
    expect((byId('l') as HTMLLabelElement).control).toBeNull();
    (byId('y') as HTMLInputElement).id = 'x';
    expect((byId('l') as HTMLLabelElement).control).toBe(byId('x'));
  });

  it('keeps the wrapped control of a label without `for`, and both labels of a field', () => {
    html('<label id="w">Wrapped <input id="x"></label><label id="f" for="x">Named</label>');
    expect((byId('w') as HTMLLabelElement).control).toBe(byId('x'));
    expect([...((byId('x') as HTMLInputElement).labels ?? [])]).toEqual([byId('w'), byId('f')]);
  });

  it('looks inside a detached tree by walking it', () => {
    const fragment = document.createElement('div');
    fragment.innerHTML = '<label for="x">A</label><input id="x">';
    const label = fragment.querySelector('label') as HTMLLabelElement;
    expect(label.control).toBe(fragment.querySelector('input'));
  });
});
