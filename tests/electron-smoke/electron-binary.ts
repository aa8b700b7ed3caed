// Finds the Electron binary without triggering the electron package's
// download-on-first-use (requiring 'electron' would try the network).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

export function findElectronBinary(): string | null {
  const packageDirectory = path.resolve(__dirname, '../../node_modules/electron');
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  const pathFile = path.join(packageDirectory, 'path.txt');
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : 'electron';
  const candidate = override ? path.join(override, relative) : path.join(packageDirectory, 'dist', relative);
  return existsSync(candidate) ? candidate : null;
}
