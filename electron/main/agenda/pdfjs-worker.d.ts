// pdf.js ships no types for its worker module; the agenda reader only hands it back to pdf.js (pdf-text.ts).
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
