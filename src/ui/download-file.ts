/**
 * Offers text as a file download (a Blob behind a temporary link), so exports need no server.
 *
 * @param mediaType - e.g. `text/csv;charset=utf-8`
 */
export function downloadFile(fileName: string, mediaType: string, content: string): void {
  const url = URL.createObjectURL(new Blob([content], { type: mediaType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next turn, once the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
