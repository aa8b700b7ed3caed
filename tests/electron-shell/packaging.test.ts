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

  it('ships the meeting templates beside the asar, as editable files', () => {
    expect(filesUnder(path.join(forge.resourcesDirectory, 'templates'))).toEqual(filesUnder(path.join(ROOT, 'templates')));
  });

  it('reads back the fuses forge.config.ts sets, with file:// privileges and running as Node both off', async () => {
    const fusesPlugin = forgeConfig.plugins?.find((plugin) => (plugin as { name?: string }).name === 'fuses') as unknown as { fusesConfig: Record<number, boolean> };
    const wire = await getCurrentFuseWire(executable);
    for (const [fuse, enabled] of Object.entries(fusesPlugin.fusesConfig)) {
      if (fuse === 'version') continue;
      expect(wire[Number(fuse) as FuseV1Options], FuseV1Options[Number(fuse)]).toBe(enabled ? FuseState.ENABLE : FuseState.DISABLE);
    }
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
  });

  it('zips the packaged folder: executable, asar and templates', async () => {
    const zip = await JSZip.loadAsync(readFileSync(forge.zipPath));
    const names = Object.keys(zip.files);
    expect(names).toContain('Minute Book-linux-x64/minute-book');
    expect(names).toContain('Minute Book-linux-x64/resources/app.asar');
    expect(names.some((name) => name.startsWith('Minute Book-linux-x64/resources/templates/'))).toBe(true);
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
