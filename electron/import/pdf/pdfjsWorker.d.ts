// pdf.js ships no types for its worker entry; only its presence matters to extractPdf.
declare module 'pdfjs-dist/legacy/build/pdf.worker.mjs' {
  export const WorkerMessageHandler: unknown;
}
