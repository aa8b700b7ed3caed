// The sRGB colour profile a PDF/A OutputIntent must embed. Chromium paints in
// DeviceRGB, which PDF/A only accepts when the file says which RGB it means;
// rather than ship a profile file (and its licence) we compute a small ICC
// v2 display profile from the IEC 61966-2-1 sRGB definition: D50-adapted
// primaries (Bradford, as the ICC publishes them) and the sRGB transfer curve
// sampled at 1024 points. Output is deterministic, so exports are repeatable.

const HEADER_BYTES = 128;
const TRC_POINTS = 1024;

/** CIE XYZ triples, D50-adapted, as published for sRGB in the ICC's v2 profiles. */
const D50_WHITE = [0.9642, 1.0, 0.8249] as const;
const RED = [0.436066, 0.222488, 0.013916] as const;
const GREEN = [0.385147, 0.716873, 0.097076] as const;
const BLUE = [0.143066, 0.060608, 0.714096] as const;

export const SRGB_PROFILE_DESCRIPTION = 'sRGB IEC61966-2.1';
const COPYRIGHT = 'No copyright: computed by Minute Book from the IEC 61966-2-1 sRGB equations';

/** sRGB's electro-optical transfer function: encoded value 0..1 to linear light 0..1. */
function srgbToLinear(value: number): number {
  return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
}

class ByteWriter {
  private readonly bytes: number[] = [];
  get length(): number {
    return this.bytes.length;
  }
  u8(value: number): this {
    this.bytes.push(value & 0xff);
    return this;
  }
  u16(value: number): this {
    return this.u8(value >>> 8).u8(value);
  }
  u32(value: number): this {
    return this.u16(value >>> 16).u16(value & 0xffff);
  }
  ascii(text: string): this {
    for (const char of text) this.u8(char.charCodeAt(0));
    return this;
  }
  /** ICC s15Fixed16Number: signed, 16 bits of fraction. */
  s15Fixed16(value: number): this {
    return this.u32(Math.round(value * 65536) >>> 0);
  }
  zeros(count: number): this {
    for (let index = 0; index < count; index += 1) this.u8(0);
    return this;
  }
  padTo4(): this {
    while (this.bytes.length % 4 !== 0) this.u8(0);
    return this;
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

function xyzType(xyz: readonly [number, number, number]): Uint8Array {
  return new ByteWriter().ascii('XYZ ').zeros(4).s15Fixed16(xyz[0]).s15Fixed16(xyz[1]).s15Fixed16(xyz[2]).done();
}

/** textDescriptionType (v2 'desc'): ASCII part only; Unicode and Mac script parts empty. */
function descriptionType(text: string): Uint8Array {
  return new ByteWriter()
    .ascii('desc')
    .zeros(4)
    .u32(text.length + 1)
    .ascii(text)
    .u8(0)
    .u32(0) // Unicode language code
    .u32(0) // Unicode count
    .u16(0) // ScriptCode code
    .u8(0) // ScriptCode count
    .zeros(67)
    .done();
}

function textType(text: string): Uint8Array {
  return new ByteWriter().ascii('text').zeros(4).ascii(text).u8(0).done();
}

function curveType(): Uint8Array {
  const writer = new ByteWriter().ascii('curv').zeros(4).u32(TRC_POINTS);
  for (let index = 0; index < TRC_POINTS; index += 1) writer.u16(Math.round(srgbToLinear(index / (TRC_POINTS - 1)) * 65535));
  return writer.done();
}

/** Builds the profile: header, tag table, then each tag's data 4-byte aligned (the three TRCs share one curve). */
export function srgbIccProfile(): Uint8Array {
  const curve = curveType();
  const data: Array<[signatures: string[], bytes: Uint8Array]> = [
    [['desc'], descriptionType(SRGB_PROFILE_DESCRIPTION)],
    [['cprt'], textType(COPYRIGHT)],
    [['wtpt'], xyzType(D50_WHITE)],
    [['rXYZ'], xyzType(RED)],
    [['gXYZ'], xyzType(GREEN)],
    [['bXYZ'], xyzType(BLUE)],
    [['rTRC', 'gTRC', 'bTRC'], curve],
  ];
  const tagCount = data.reduce((count, [signatures]) => count + signatures.length, 0);
  const table = new ByteWriter().u32(tagCount);
  const body = new ByteWriter();
  let offset = HEADER_BYTES + 4 + tagCount * 12;
  for (const [signatures, bytes] of data) {
    for (const signature of signatures) table.ascii(signature).u32(offset).u32(bytes.length);
    for (const byte of bytes) body.u8(byte);
    body.padTo4();
    offset = HEADER_BYTES + 4 + tagCount * 12 + body.length;
  }
  const size = offset;
  const header = new ByteWriter()
    .u32(size)
    .zeros(4) // preferred CMM: none
    .u32(0x02100000) // version 2.1.0
    .ascii('mntr')
    .ascii('RGB ')
    .ascii('XYZ ')
    .u16(2026)
    .u16(1)
    .u16(1)
    .u16(0)
    .u16(0)
    .u16(0) // creation date, fixed so output is repeatable
    .ascii('acsp')
    .zeros(4) // primary platform: none
    .u32(0) // flags
    .zeros(8) // device manufacturer and model
    .zeros(8) // device attributes
    .u32(0) // rendering intent: perceptual
    .s15Fixed16(D50_WHITE[0])
    .s15Fixed16(D50_WHITE[1])
    .s15Fixed16(D50_WHITE[2])
    .zeros(4) // creator
    .zeros(HEADER_BYTES - 84); // profile ID (v4 only) and reserved
  const profile = new Uint8Array(size);
  profile.set(header.done(), 0);
  profile.set(table.done(), HEADER_BYTES);
  profile.set(body.done(), HEADER_BYTES + 4 + tagCount * 12);
  return profile;
}
