import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    executableName: 'minute-book',
    appBundleId: 'uk.minutebook.app',
    // Meeting templates ship as editable data files beside the app.
    extraResource: ['templates'],
  },
  rebuildConfig: {},
  makers: [
    new MakerSquirrel({ name: 'MinuteBook' }),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerDeb({ options: { name: 'minute-book', productName: 'Minute Book', categories: ['Office'] } }),
  ],
  plugins: [
    new VitePlugin({
      build: [
        { entry: 'electron/main/index.ts', config: 'vite.main.config.mts', target: 'main' },
        // Untrusted files are read in a worker thread beside main.js (electron/main/workers/run-untrusted.ts).
        { entry: 'electron/main/workers/untrusted-parse-worker.ts', config: 'vite.main.config.mts', target: 'main' },
        { entry: 'electron/preload/preload.ts', config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: 'main_window', config: 'vite.renderer.config.mts' }],
    }),
    // Lock the shipped binary down: no running as plain Node, no inspector,
    // no NODE_OPTIONS, encrypted cookies, and only the integrity-checked ASAR.
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
    }),
  ],
};

export default config;
