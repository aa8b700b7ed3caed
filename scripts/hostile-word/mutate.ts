// Deterministic mutators for the hostile-file fuzzers (tests and `npm run
// soak`): the same seed gives the same files on every machine.
export type Random = () => number;

/** mulberry32: small, fast, and the same everywhere. */
export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const at = (random: Random, length: number) => Math.floor(random() * (length + 1));

/** Byte-level damage: flips, cuts, insertions, deletions, duplications. */
export function mutateBytes(random: Random, source: Uint8Array): Uint8Array {
  const bytes = Array.from(source);
  const rounds = 1 + Math.floor(random() * 4);
  for (let round = 0; round < rounds; round += 1) {
    const where = at(random, bytes.length - 1);
    switch (Math.floor(random() * 5)) {
      case 0:
        bytes[where] = Math.floor(random() * 256);
        break;
      case 1:
        bytes.length = where;
        break;
      case 2:
        bytes.splice(where, 0, ...Array.from({ length: 1 + Math.floor(random() * 12) }, () => Math.floor(random() * 256)));
        break;
      case 3:
        bytes.splice(where, 1 + Math.floor(random() * 40));
        break;
      default:
        bytes.splice(where, 0, ...bytes.slice(where, where + 1 + Math.floor(random() * 80)));
    }
  }
  return new Uint8Array(bytes);
}

/** Text-level damage aimed at a parser: structure, nesting, width, odd values. */
export function mutateText(random: Random, text: string, kind: 'json' | 'xml'): string {
  const where = at(random, text.length);
  const insert = (piece: string) => text.slice(0, where) + piece + text.slice(where);
  const jsonPieces = [
    () => '['.repeat(1 + Math.floor(random() * 5000)),
    () => `"k":${'{"a":'.repeat(300)}1${'}'.repeat(300)},`,
    () => `${Array.from({ length: 2000 }, (_, i) => `"x${i}":${i}`).join(',')},`,
    () => `"${'€'.repeat(Math.floor(random() * 100_000))}"`,
    () => pick(random, ['null', 'true', '1e400', '-0', '"\\ud800"', '{}', '[]', '"__proto__"', ',', ':', '}', ']']),
    () => '\ufeff',
  ];
  const xmlPieces = [
    () => '<w:p>'.repeat(1 + Math.floor(random() * 2000)),
    () => Array.from({ length: 500 }, (_, i) => `<w:commentRangeStart w:id="${i}"/>`).join(''),
    () =>
      `<w:comment w:id="9" w:author="${'A'.repeat(Math.floor(random() * 1000))}" w:date="${pick(random, ['-271821-04-20T00:00:00Z', '+275760-01-01', 'not a date', ''])}"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:comment>`,
    () =>
      pick(random, ['&xxe;', '&#x110000;', '&#0;', '<!DOCTYPE a>', '<![CDATA[', ']]>', '<!--', '</w:body>', '<w:t>', '"', "'", '<', '>', '&amp;', '\u0000']),
    () => `<w:t ${Array.from({ length: 300 }, (_, i) => `a${i}="1"`).join(' ')}>`,
  ];
  switch (Math.floor(random() * 3)) {
    case 0:
      return insert(pick(random, kind === 'json' ? jsonPieces : xmlPieces)());
    case 1: {
      const end = Math.min(text.length, where + 1 + Math.floor(random() * 200));
      return text.slice(0, where) + text.slice(end);
    }
    default:
      return text.slice(0, where);
  }
}
