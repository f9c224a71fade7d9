/**
 * Makes jsdom find a label's control by id in constant time, as browsers do. The DOM tests only.
 *
 * jsdom 29's `HTMLLabelElement.control` walks the whole document looking for the element its `for`
 * names, and an element's `labels` asks every node of the document for its control. Testing
 * Library's label and role queries read `labels` for every element they look at, so on a full
 * result page (2,073 elements, 100 labels) one `getByLabelText` took over a second, and a test
 * that types into the assumptions panel took 7 s on a quiet machine and timed out on a busy one.
 *
 * The getter below gives the same answer (the first element in tree order with that id, if it is
 * labelable) by asking the document's own id index, which `getElementById` already uses. Labels
 * without `for` keep jsdom's own lookup (their first labelable descendant).
 */
import { createRequire } from 'node:module';

interface NodeImpl {
  hasAttributeNS(namespace: null, name: string): boolean;
  getAttributeNS(namespace: null, name: string): string | null;
  getRootNode(options: object): { getElementById?: (id: string) => NodeImpl | null };
}

const require = createRequire(import.meta.url);
const labelModule = require('jsdom/lib/jsdom/living/nodes/HTMLLabelElement-impl.js') as {
  implementation: { prototype: object };
};
const { isLabelable } = require('jsdom/lib/jsdom/living/helpers/form-controls.js') as {
  isLabelable: (node: NodeImpl) => boolean;
};

const proto = labelModule.implementation.prototype;
const jsdomControl = Object.getOwnPropertyDescriptor(proto, 'control')?.get;
if (!jsdomControl || typeof isLabelable !== 'function') {
  throw new Error(
    'src/test-jsdom-labels.ts: jsdom no longer has HTMLLabelElementImpl.control or isLabelable where this file expects them. Check whether the new jsdom still walks the document for a label’s control; remove this file if not, or update the paths.',
  );
}

Object.defineProperty(proto, 'control', {
  configurable: true,
  get(this: NodeImpl): NodeImpl | null {
    if (!this.hasAttributeNS(null, 'for')) return jsdomControl.call(this) as NodeImpl | null;
    const id = this.getAttributeNS(null, 'for');
    if (!id) return null;
    const root = this.getRootNode({});
    if (typeof root.getElementById !== 'function')
      return jsdomControl.call(this) as NodeImpl | null;
    const target = root.getElementById(id);
    return target && isLabelable(target) ? target : null;
  },
});
