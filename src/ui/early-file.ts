/*
 * A file chosen in the static first paint's "Open a saved assessment file" (prerendered into
 * index.html), before the app has replaced that paint: the inline boot script keeps it here, and
 * the real control opens it when it arrives, the way early key presses are kept (app/early-keys.ts).
 * On a slow phone the picker can be open while the app starts; without this the file chosen went
 * into an input that was about to be thrown away, and nothing happened.
 */

const SLOT = '__hireReadyEarlyFile';
type WithSlot = { [SLOT]?: File };

/** Keeps the file chosen in any file input of the static first paint. */
export function keepEarlyFiles(doc: Document, win: Window): void {
  doc.addEventListener(
    'change',
    (event) => {
      const input = event.target;
      if (!(input instanceof HTMLInputElement) || input.type !== 'file') return;
      if (!input.closest('.shell-variant')) return;
      const file = input.files?.[0];
      if (file) (win as unknown as WithSlot)[SLOT] = file;
    },
    true,
  );
}

/** The file kept from the static first paint, once; later calls get nothing. */
export function takeEarlyFile(win: Window = window): File | undefined {
  const slot = win as unknown as WithSlot;
  const file = slot[SLOT];
  delete slot[SLOT];
  return file;
}
