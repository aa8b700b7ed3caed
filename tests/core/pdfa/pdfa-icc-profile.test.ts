// The sRGB profile computed in code: its header and tag table are read back
// byte by byte as the ICC v2 specification lays them out, and Little CMS
// (transicc, Debian liblcms2-utils) converts colours through it and through
// its own built-in sRGB — the two must agree, which an error in a colorant,
// the white point or the curve would break.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { srgbIccProfile } from '../../../core/export/pdfa/srgb-icc-profile';

const profile = srgbIccProfile();
const view = new DataView(profile.buffer, profile.byteOffset, profile.byteLength);
const ascii = (offset: number, length = 4) => String.fromCharCode(...profile.subarray(offset, offset + length));
const s15 = (offset: number) => view.getInt32(offset) / 65536;

interface Tag {
  signature: string;
  offset: number;
  size: number;
}

function tags(): Tag[] {
  const count = view.getUint32(128);
  return Array.from({ length: count }, (_, index) => {
    const at = 132 + index * 12;
    return { signature: ascii(at), offset: view.getUint32(at + 4), size: view.getUint32(at + 8) };
  });
}

const tag = (signature: string) => {
  const found = tags().find((entry) => entry.signature === signature);
  if (!found) throw new Error(`no ${signature} tag`);
  return found;
};
const xyz = (signature: string) => [0, 1, 2].map((index) => s15(tag(signature).offset + 8 + index * 4));

describe('sRGB ICC profile', () => {
  it('has an ICC v2 display-class RGB header whose size is the profile length', () => {
    expect(view.getUint32(0)).toBe(profile.length);
    expect(ascii(36)).toBe('acsp');
    expect(view.getUint8(8)).toBe(2);
    expect(ascii(12)).toBe('mntr');
    expect(ascii(16)).toBe('RGB ');
    expect(ascii(20)).toBe('XYZ ');
    // PCS illuminant D50, to the precision of s15Fixed16
    [0.9642, 1, 0.8249].forEach((value, index) => expect(s15(68 + index * 4)).toBeCloseTo(value, 4));
  });

  it('has a consistent tag table: the required tags, each inside the file, 4-byte aligned, of the right type', () => {
    const table = tags();
    expect(table.map((entry) => entry.signature).sort()).toEqual(['bTRC', 'bXYZ', 'cprt', 'desc', 'gTRC', 'gXYZ', 'rTRC', 'rXYZ', 'wtpt'].sort());
    const tableEnd = 132 + table.length * 12;
    const types: Record<string, string> = {
      desc: 'desc',
      cprt: 'text',
      wtpt: 'XYZ ',
      rXYZ: 'XYZ ',
      gXYZ: 'XYZ ',
      bXYZ: 'XYZ ',
      rTRC: 'curv',
      gTRC: 'curv',
      bTRC: 'curv',
    };
    for (const entry of table) {
      expect(entry.offset % 4, entry.signature).toBe(0);
      expect(entry.offset, entry.signature).toBeGreaterThanOrEqual(tableEnd);
      expect(entry.offset + entry.size, entry.signature).toBeLessThanOrEqual(profile.length);
      expect(ascii(entry.offset), entry.signature).toBe(types[entry.signature]);
    }
    const description = tag('desc');
    const length = view.getUint32(description.offset + 8);
    expect(ascii(description.offset + 12, length - 1)).toBe('sRGB IEC61966-2.1');
    expect(description.size).toBe(12 + length + 4 + 4 + 2 + 1 + 67);
  });

  it('has colorants that add up to the white point, and an increasing transfer curve from 0 to 1', () => {
    const [red, green, blue, white] = ['rXYZ', 'gXYZ', 'bXYZ', 'wtpt'].map(xyz) as [number[], number[], number[], number[]];
    for (let axis = 0; axis < 3; axis += 1) expect(red[axis]! + green[axis]! + blue[axis]!).toBeCloseTo(white[axis]!, 3);
    const curve = tag('rTRC');
    const points = view.getUint32(curve.offset + 8);
    const samples = Array.from({ length: points }, (_, index) => view.getUint16(curve.offset + 12 + index * 2));
    expect(samples[0]).toBe(0);
    expect(samples.at(-1)).toBe(65535);
    samples.slice(1).forEach((sample, index) => expect(sample).toBeGreaterThanOrEqual(samples[index]!));
    expect(curve.size).toBe(12 + points * 2);
  });

  it('converts colours as Little CMS’s own sRGB does', () => {
    const file = path.join(mkdtempSync(path.join(process.env.TMPDIR ?? os.tmpdir(), 'icc-')), 'srgb.icc');
    writeFileSync(file, profile);
    const colours = '255 255 255\n0 0 0\n255 0 0\n0 255 0\n0 0 255\n128 128 128\n200 150 30\n';
    const lab = (input: string) =>
      execFileSync('transicc', ['-i', input, '-o', '*Lab', '-n'], { input: colours, encoding: 'utf8', stdio: ['pipe', 'pipe', 'ignore'] })
        .split('\n')
        .filter((line) => /^-?\d/.test(line.trim()))
        .map((line) => line.trim().split(/\s+/).map(Number));
    const ours = lab(file);
    const reference = lab('*sRGB');
    expect(ours).toHaveLength(7);
    ours.forEach((values, row) => values.forEach((value, column) => expect(Math.abs(value - reference[row]![column]!), `colour ${row}`).toBeLessThan(0.15)));
    expect(ours[0]![0]).toBeCloseTo(100, 1);
  });
});
