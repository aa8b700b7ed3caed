// A PDF file identifier (the trailer's /ID) for the archival copy. ISO 32000
// asks only that it be very likely unique — it need not be a secure hash —
// so a 128-bit mix of the file's bytes and the moment it was made will do,
// computed in plain TypeScript because core has no crypto module.

/** Four 32-bit lanes of a multiply-xorshift hash (cyrb128-style), as 32 hex digits. */
export function fileIdentifier(bytes: Uint8Array, salt: string): string {
  let h1 = 0x6a09e667;
  let h2 = 0xbb67ae85;
  let h3 = 0x3c6ef372;
  let h4 = 0xa54ff53a;
  const mix = (value: number) => {
    h1 = h2 ^ Math.imul(h1 ^ value, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ value, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ value, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ value, 2716044179);
  };
  for (const byte of bytes) mix(byte);
  for (let index = 0; index < salt.length; index += 1) mix(salt.charCodeAt(index));
  mix(bytes.length);
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  return [h1 ^ h2 ^ h3 ^ h4, h2 ^ h1, h3 ^ h1, h4 ^ h1].map((lane) => (lane >>> 0).toString(16).padStart(8, '0')).join('');
}
