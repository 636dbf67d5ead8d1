/*
 * Saving files through the browser's download (works in Electron and in web mode; no Node needed). The one place
 * that makes an object URL and clicks a link; the URL is kept a minute so a slow disk still gets the whole file.
 */

function download(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const fromBase64 = (base64: string) => Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));

export function downloadText(fileName: string, text: string, type: string): void {
  download(fileName, new Blob([text], { type }));
}

export function downloadBase64(fileName: string, base64: string, type: string): void {
  download(fileName, new Blob([fromBase64(base64)], { type }));
}

/** Files a service returned (base64; null = written by the desktop itself); returns how many were downloaded. */
export function downloadFiles(files: { name: string; mime: string; base64: string | null }[]): number {
  const given = files.filter((f): f is typeof f & { base64: string } => f.base64 !== null);
  for (const file of given) downloadBase64(file.name, file.base64, file.mime);
  return given.length;
}
