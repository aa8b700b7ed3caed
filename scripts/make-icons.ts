// Makes every app icon from assets/icons/minute-book.svg: PNGs in the sizes
// Linux desktops use (hicolor), a Windows .ico and a macOS .icns, both of
// which hold PNG images. Chromium (Debian's, through Playwright) draws the
// PNGs, so no image tool is needed. Run after changing the SVG, and commit
// the results: `node --import tsx scripts/make-icons.ts`.
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const directory = path.resolve(__dirname, '../assets/icons');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512];
const WINDOWS_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types that hold PNG data, by pixel size. */
const ICNS_TYPES: Array<[string, number]> = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function renderPngs(sizes: number[]): Promise<Map<number, Buffer>> {
  const svg = readFileSync(path.join(directory, 'minute-book.svg'), 'utf8');
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium' });
  const pngs = new Map<number, Buffer>();
  try {
    const page = await browser.newPage();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      await page.setContent(
        `<style>html,body{margin:0;background:transparent}</style><img src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}" width="${size}" height="${size}" style="display:block">`,
      );
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }
  return pngs;
}

function ico(images: Array<[number, Buffer]>): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach(([size, png], index) => {
    const entry = 6 + 16 * index;
    header.writeUInt8(size >= 256 ? 0 : size, entry);
    header.writeUInt8(size >= 256 ? 0 : size, entry + 1);
    header.writeUInt16LE(1, entry + 4);
    header.writeUInt16LE(32, entry + 6);
    header.writeUInt32LE(png.length, entry + 8);
    header.writeUInt32LE(offset, entry + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...images.map(([, png]) => png)]);
}

function icns(pngs: Map<number, Buffer>): Buffer {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngs.get(size)!;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(8 + elements.reduce((sum, element) => sum + element.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

async function main(): Promise<void> {
  const pngs = await renderPngs([...new Set([...LINUX_SIZES, ...WINDOWS_SIZES, 1024])].sort((a, b) => a - b));
  mkdirSync(path.join(directory, 'png'), { recursive: true });
  for (const size of LINUX_SIZES) writeFileSync(path.join(directory, 'png', `${size}x${size}.png`), pngs.get(size)!);
  writeFileSync(path.join(directory, 'minute-book.png'), pngs.get(512)!);
  writeFileSync(path.join(directory, 'minute-book.ico'), ico(WINDOWS_SIZES.map((size) => [size, pngs.get(size)!])));
  writeFileSync(path.join(directory, 'minute-book.icns'), icns(pngs));
  console.log(`Icons written to ${path.relative(process.cwd(), directory)}: png/ (${LINUX_SIZES.join(', ')}), minute-book.png, .ico, .icns.`);
}

void main();
