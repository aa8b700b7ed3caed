// TEST DOUBLE: a stand-in for Electron's release zip, served from a loopback
// mirror so `electron-forge make` can run where the real binary cannot be
// downloaded. It has the layout Electron's Linux zip has and a fuse wire
// behind the fuse sentinel (what @electron/fuses reads and flips), nothing
// else: its "electron" is a shell script that says what it is and exits 1.
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { FuseState, FuseV1Options } from '@electron/fuses';
import JSZip from 'jszip';

/** Must match node_modules/@electron/fuses (the sentinel is Electron's, from its fuses.json5). */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSE_WIRE_VERSION = 1;

/** Electron 45's shipped fuse defaults, so a fuse the config leaves alone reads back as Electron would have it. */
const ELECTRON_DEFAULT_FUSES: Record<FuseV1Options, boolean> = {
  [FuseV1Options.RunAsNode]: true,
  [FuseV1Options.EnableCookieEncryption]: false,
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: true,
  [FuseV1Options.EnableNodeCliInspectArguments]: true,
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: false,
  [FuseV1Options.OnlyLoadAppFromAsar]: false,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: true,
  [FuseV1Options.WasmTrapHandlers]: true,
};

export const STAND_IN_NOTICE = 'TEST DOUBLE: stand-in for the Electron binary (layout and fuse wire only). It cannot run an app.';

function standInBinary(): Buffer {
  const script = `#!/bin/sh\necho "${STAND_IN_NOTICE}" >&2\nexit 1\n`;
  const fuses = Object.values(FuseV1Options).filter((v): v is FuseV1Options => typeof v === 'number');
  const wire = fuses.map((fuse) => (ELECTRON_DEFAULT_FUSES[fuse] ? FuseState.ENABLE : FuseState.DISABLE));
  // After the script's exit, so the shell never reads it.
  return Buffer.concat([
    Buffer.from(script),
    Buffer.from('\n# '),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([FUSE_WIRE_VERSION, wire.length, ...wire]),
    Buffer.from('\n'),
  ]);
}

export async function standInElectronZip(version: string): Promise<Buffer> {
  const zip = new JSZip();
  const text = (what: string) => `${STAND_IN_NOTICE}\n(${what} of Electron ${version})\n`;
  const executable = { unixPermissions: 0o755 };
  zip.file('electron', standInBinary(), executable);
  zip.file('chrome-sandbox', text('chrome-sandbox'), executable);
  zip.file('chrome_crashpad_handler', text('chrome_crashpad_handler'), executable);
  for (const name of [
    'libffmpeg.so',
    'libEGL.so',
    'libGLESv2.so',
    'libvk_swiftshader.so',
    'icudtl.dat',
    'resources.pak',
    'chrome_100_percent.pak',
    'chrome_200_percent.pak',
    'snapshot_blob.bin',
    'v8_context_snapshot.bin',
    'vk_swiftshader_icd.json',
  ]) {
    zip.file(name, text(name));
  }
  zip.file('locales/en-GB.pak', text('locales/en-GB.pak'));
  zip.file('locales/en-US.pak', text('locales/en-US.pak'));
  zip.file('resources/default_app.asar', text('default_app.asar'));
  zip.file('LICENSE', text('LICENSE'));
  zip.file('LICENSES.chromium.html', text('LICENSES.chromium.html'));
  zip.file('version', version);
  return zip.generateAsync({ type: 'nodebuffer', platform: 'UNIX', compression: 'DEFLATE' });
}

export interface LoopbackMirror {
  /** For ELECTRON_MIRROR: files are at `${url}${version}/name`. */
  url: string;
  requests: string[];
  close(): Promise<void>;
}

/** Serves the stand-in zip and its SHASUMS256.txt, the two files @electron/get asks a mirror for. */
export async function startLoopbackMirror(version: string, platform: string, arch: string): Promise<LoopbackMirror> {
  const zipName = `electron-v${version}-${platform}-${arch}.zip`;
  const zip = await standInElectronZip(version);
  const files = new Map<string, Buffer>([
    [`/v${version}/${zipName}`, zip],
    [`/v${version}/SHASUMS256.txt`, Buffer.from(`${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`)],
  ]);
  const requests: string[] = [];
  const server: Server = createServer((request, response) => {
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(pathname);
    const body = files.get(pathname);
    if (!body) return void response.writeHead(404).end();
    response.writeHead(200, { 'Content-Type': 'application/octet-stream', 'Content-Length': body.length }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('The loopback mirror has no port.');
  return { url: `http://127.0.0.1:${address.port}/`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
