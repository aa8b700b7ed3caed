// What `electron-forge make` produced (with the stand-in Electron zip): the
// asar, the resources beside it, the zip and the deb, and the fuses as they
// read back from the packaged executable.
import { listPackage } from '@electron/asar';
import { FuseState, FuseV1Options, getCurrentFuseWire } from '@electron/fuses';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import JSZip from 'jszip';
import { describe, expect, inject, it } from 'vitest';
import forgeConfig from '../../forge.config';
import { MINUTES_FILE } from '../../electron/file-type';
import { contentSecurityPolicyForMeta } from '../../electron/main/content-security-policy';
import { ROOT } from './harness/forge-build';

const forge = inject('forgeOutput');
const executable = path.join(forge.packagedDirectory, 'minute-book');

function filesUnder(directory: string): string[] {
  return (readdirSync(directory, { recursive: true, withFileTypes: true }) as Array<{ isFile(): boolean; parentPath: string; name: string }>)
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(directory, path.join(entry.parentPath, entry.name)))
    .sort();
}

let unpackedDeb: string | null = null;
function debContents(): string {
  if (!unpackedDeb) {
    unpackedDeb = mkdtempSync(path.join(tmpdir(), 'minute-book-deb-'));
    execFileSync('dpkg-deb', ['-x', forge.debPath, unpackedDeb]);
  }
  return unpackedDeb;
}

describe('the packaged app', () => {
  it('fetched Electron from the loopback mirror (a stand-in), never from the network', () => {
    // Empty when the cached build was reused; otherwise exactly the zip and its checksums.
    for (const request of forge.mirrorRequests) expect(request).toMatch(/^\/v[\d.]+\/(electron-v[\d.]+-linux-x64\.zip|SHASUMS256\.txt)$/);
  });

  it('holds only the built bundles, the built page and package.json in app.asar', () => {
    const entries = listPackage(forge.asarPath, { isPack: false }).map((entry) => entry.replace(/\\/g, '/').replace(/^\//, ''));
    const files = entries.filter((entry) => entry.includes('.'));
    expect(files).toContain('package.json');
    expect(files).toContain('.vite/build/index.cjs');
    expect(files).toContain('.vite/build/preload.cjs');
    expect(files).toContain('.vite/renderer/main_window/index.html');
    for (const entry of entries) expect(entry === 'package.json' || entry === '.vite' || entry.startsWith('.vite/'), entry).toBe(true);
    expect(entries.some((entry) => entry.includes('node_modules'))).toBe(false);
  });

  it('writes the page meta policy from the one production definition', () => {
    const html = readFileSync(path.join(forge.appDirectory, '.vite/renderer/main_window/index.html'), 'utf8');
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicyForMeta()}"`);
  });

  it('ships the meeting templates beside the asar, as editable files', () => {
    expect(filesUnder(path.join(forge.resourcesDirectory, 'templates'))).toEqual(filesUnder(path.join(ROOT, 'templates')));
  });

  it('reads back the fuses forge.config.ts sets, with file:// privileges and running as Node both off', async () => {
    const fusesPlugin = forgeConfig.plugins?.find((plugin) => (plugin as { name?: string }).name === 'fuses') as unknown as {
      fusesConfig: Record<number, boolean>;
    };
    const wire = await getCurrentFuseWire(executable);
    for (const [fuse, enabled] of Object.entries(fusesPlugin.fusesConfig)) {
      if (fuse === 'version') continue;
      expect(wire[Number(fuse) as FuseV1Options], FuseV1Options[Number(fuse)]).toBe(enabled ? FuseState.ENABLE : FuseState.DISABLE);
    }
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });

  it('zips the packaged folder: executable, asar and templates', async () => {
    const zip = await JSZip.loadAsync(readFileSync(forge.zipPath));
    const names = Object.keys(zip.files);
    expect(names).toContain('Minute Book-linux-x64/minute-book');
    expect(names).toContain('Minute Book-linux-x64/resources/app.asar');
    expect(names.some((name) => name.startsWith('Minute Book-linux-x64/resources/templates/'))).toBe(true);
  });

  it('ships the window icon and the .minutes type description in resources', () => {
    expect(readFileSync(path.join(forge.resourcesDirectory, 'minute-book.png'))).toEqual(readFileSync(path.join(ROOT, 'assets/icons/minute-book.png')));
    const mime = readFileSync(path.join(forge.resourcesDirectory, 'minute-book-mime.xml'), 'utf8');
    expect(mime).toContain(`<mime-type type="${MINUTES_FILE.mimeType}">`);
    expect(mime).toContain(`<glob pattern="*.${MINUTES_FILE.extension}"/>`);
  });

  it('builds a deb whose launcher opens .minutes files, with the app icon, and installs the file type', () => {
    const root = debContents();
    const desktop = readFileSync(path.join(root, 'usr/share/applications/minute-book.desktop'), 'utf8');
    expect(desktop).toMatch(new RegExp(`^MimeType=${MINUTES_FILE.mimeType};$`, 'm'));
    expect(desktop).toMatch(/^Icon=minute-book$/m);
    expect(readFileSync(path.join(root, 'usr/share/pixmaps/minute-book.png'))).toEqual(readFileSync(path.join(ROOT, 'assets/icons/png/512x512.png')));
    const control = mkdtempSync(path.join(tmpdir(), 'minute-book-deb-control-'));
    execFileSync('dpkg-deb', ['-e', forge.debPath, control]);
    expect(readFileSync(path.join(control, 'postinst'), 'utf8')).toContain(
      '/usr/lib/minute-book/resources/minute-book-mime.xml /usr/share/mime/packages/minute-book.xml',
    );
    expect(filesUnder(root)).toContain('usr/lib/minute-book/resources/minute-book-mime.xml');
  });

  it('declares .minutes to macOS (document type and exported UTI) and has an icon for each platform', () => {
    const info = forgeConfig.packagerConfig?.extendInfo as {
      CFBundleDocumentTypes: Array<Record<string, unknown>>;
      UTExportedTypeDeclarations: Array<Record<string, unknown>>;
    };
    expect(info.CFBundleDocumentTypes[0]).toMatchObject({ CFBundleTypeRole: 'Editor', LSItemContentTypes: [MINUTES_FILE.uniformTypeIdentifier] });
    expect(info.UTExportedTypeDeclarations[0]).toMatchObject({
      UTTypeIdentifier: MINUTES_FILE.uniformTypeIdentifier,
      UTTypeTagSpecification: { 'public.filename-extension': [MINUTES_FILE.extension], 'public.mime-type': [MINUTES_FILE.mimeType] },
    });
    const icns = readFileSync(path.join(ROOT, 'assets/icons/minute-book.icns'));
    expect(icns.subarray(0, 4).toString()).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    for (const type of ['icp4', 'ic07', 'ic08', 'ic09', 'ic10']) expect(icns.includes(Buffer.from(type)), type).toBe(true);
    const ico = readFileSync(path.join(ROOT, 'assets/icons/minute-book.ico'));
    expect(ico.readUInt16LE(2)).toBe(1);
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, i) => ico.readUInt8(6 + 16 * i) || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
  });

  it('builds a deb that installs the app with a launcher', () => {
    const root = debContents();
    const control = execFileSync('dpkg-deb', ['-f', forge.debPath]).toString();
    expect(control).toMatch(/^Package: minute-book$/m);
    expect(filesUnder(root)).toContain('usr/lib/minute-book/resources/app.asar');
    const desktop = readFileSync(path.join(root, 'usr/share/applications/minute-book.desktop'), 'utf8');
    expect(desktop).toMatch(/^Exec=minute-book %U$/m);
    expect(desktop).toMatch(/^Name=Minute Book$/m);
  });
});
