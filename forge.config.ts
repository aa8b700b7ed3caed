import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MAIN_ENTRY, PRELOAD_ENTRY, RENDERER_NAME } from './electron/build-layout';

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
        { entry: MAIN_ENTRY, config: 'vite.main.config.mts', target: 'main' },
        { entry: PRELOAD_ENTRY, config: 'vite.preload.config.mts', target: 'preload' },
      ],
      renderer: [{ name: RENDERER_NAME, config: 'vite.renderer.config.mts' }],
    }),
    // Lock the shipped binary down: no running as plain Node, no inspector,
    // no NODE_OPTIONS, encrypted cookies, only the integrity-checked ASAR, and
    // no extra privileges for file:// pages (the page is served from app://).
    new FusesPlugin({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
