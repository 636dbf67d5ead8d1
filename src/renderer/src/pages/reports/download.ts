/** Saves files the service returned (base64) through the browser's downloads; the desktop writes them itself. */
export function downloadFiles(files: { name: string; mime: string; base64: string | null }[]): number {
  let count = 0;
  for (const file of files) {
    if (file.base64 === null) continue;
    const binary = atob(file.base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const url = URL.createObjectURL(new Blob([bytes], { type: file.mime }));
    const link = document.createElement('a');
    link.href = url;
    link.download = file.name;
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The download has started by now; the URL is kept a little longer for slow disks.
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
    count += 1;
  }
  return count;
}
