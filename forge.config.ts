import { MakerDeb } from '@electron-forge/maker-deb';
import { MakerSquirrel } from '@electron-forge/maker-squirrel';
import { MakerZIP } from '@electron-forge/maker-zip';
import { FusesPlugin } from '@electron-forge/plugin-fuses';
import { VitePlugin } from '@electron-forge/plugin-vite';
import type { ForgeConfig } from '@electron-forge/shared-types';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { MAIN_ENTRY, PRELOAD_ENTRY, RENDERER_NAME, UNTRUSTED_WORKER_ENTRY } from './electron/build-layout';
import { MINUTES_FILE } from './electron/file-type';
import { codeSigningFromEnvironment } from './scripts/code-signing';

const signing = codeSigningFromEnvironment(process.env);

const config: ForgeConfig = {
  packagerConfig: {
    asar: true,
    executableName: 'minute-book',
    appBundleId: 'uk.minutebook.app',
    appCategoryType: 'public.app-category.productivity',
    // .icns on macOS, .ico on Windows (packager adds the extension); Linux takes the PNG (deb icon, window icon).
    icon: 'assets/icons/minute-book',
    // Meeting templates ship as editable data files beside the app; the window
    // icon and the .minutes type description go beside them too.
    extraResource: ['templates', 'assets/icons/minute-book.png', 'assets/linux/minute-book-mime.xml'],
    // macOS: Minute Book owns .minutes files (double-click opens them; the app gets 'open-file').
    extendInfo: {
      CFBundleDocumentTypes: [
        {
          CFBundleTypeName: MINUTES_FILE.description,
          CFBundleTypeRole: 'Editor',
          LSHandlerRank: 'Owner',
          LSItemContentTypes: [MINUTES_FILE.uniformTypeIdentifier],
        },
      ],
      UTExportedTypeDeclarations: [
        {
          UTTypeIdentifier: MINUTES_FILE.uniformTypeIdentifier,
          UTTypeDescription: MINUTES_FILE.description,
          UTTypeConformsTo: ['public.json', 'public.data'],
          UTTypeTagSpecification: { 'public.filename-extension': [MINUTES_FILE.extension], 'public.mime-type': [MINUTES_FILE.mimeType] },
        },
      ],
    },
    osxSign: signing.osxSign,
    osxNotarize: signing.osxNotarize,
    windowsSign: signing.windowsCertificate,
  },
  rebuildConfig: {},
  makers: [
    // Windows: the app handles Squirrel's install/update/uninstall events itself
    // (electron/main/squirrel-startup.ts: shortcuts and the .minutes association).
    new MakerSquirrel({ name: 'MinuteBook', setupIcon: 'assets/icons/minute-book.ico', ...signing.windowsCertificate }),
    new MakerZIP({}, ['darwin', 'linux', 'win32']),
    new MakerDeb({
      options: {
        name: 'minute-book',
        productName: 'Minute Book',
        categories: ['Office'],
        icon: 'assets/icons/png/512x512.png',
        mimeType: [MINUTES_FILE.mimeType],
        scripts: { postinst: 'assets/linux/postinst', postrm: 'assets/linux/postrm' },
      },
    }),
  ],
  hooks: {
    prePackage: async (_config, platform) => console.log(signing.report(platform)),
  },
  plugins: [
    new VitePlugin({
      build: [
        { entry: MAIN_ENTRY, config: 'vite.main.config.mts', target: 'main' },
        // Untrusted files are read in a worker thread beside the main bundle (electron/main/workers/run-untrusted.ts).
        { entry: UNTRUSTED_WORKER_ENTRY, config: 'vite.main.config.mts', target: 'main' },
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
      // On only in the build the Electron smoke test makes for itself: Playwright drives the main process through
      // the inspector. Every other build (npm run package / make, the shell tests) has it off.
      [FuseV1Options.EnableNodeCliInspectArguments]: process.env.MINUTE_BOOK_INSPECTABLE_BUILD === '1',
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    }),
  ],
};

export default config;
