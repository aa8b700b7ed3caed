// The two web-standard globals core relies on, present in Node and Chromium.
// Declared here because core is type-checked without DOM or Node types, which
// is what keeps it free of both.
declare class TextDecoder {
  constructor(label?: string, options?: { fatal?: boolean });
  decode(input?: Uint8Array): string;
}
declare class TextEncoder {
  encode(input?: string): Uint8Array;
}
