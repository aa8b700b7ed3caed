// The archival copy sits beside the ordinary PDF under a name that says what
// it is: "… minutes (public).pdf" becomes "… minutes (public) (PDF-A).pdf".
// Shared by the File › Export handler and the command-line exporter.

export const ARCHIVAL_SUFFIX = ' (PDF-A)';

export function archivalPdfName(pdfName: string): string {
  const stem = pdfName.replace(/\.pdf$/i, '');
  return `${stem.endsWith(ARCHIVAL_SUFFIX) ? stem : stem + ARCHIVAL_SUFFIX}.pdf`;
}
