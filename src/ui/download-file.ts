/**
 * Saves text as a file through a temporary object URL and link: works offline, sends nothing
 * anywhere, and needs no permission.
 */
export function downloadFile(text: string, fileName: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers start reading the blob after click() returns; give them a moment.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
