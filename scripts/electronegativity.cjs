// Runs Electronegativity over what ships (the built main, preload and page)
// and fails on any high or medium finding. Calls its runner directly: its CLI
// wrapper misreads options with the commander version npm hoists.
const fs = require('node:fs');
const path = require('node:path');

async function scan(input) {
  // Its i18n set-up fetches translations over the network (and crashes when
  // offline): put an offline one in its place that loads the bundled English.
  const i18nModule = require.resolve('@doyensec/electronegativity/dist/locales/i18n.js');
  const localeDirectory = path.dirname(i18nModule);
  const i18n = require(require.resolve('i18n', { paths: [localeDirectory] }));
  const offline = async () =>
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: localeDirectory, updateFiles: false, objectNotation: true, register: global });
  require.cache[i18nModule] = { id: i18nModule, filename: i18nModule, loaded: true, exports: Object.assign(offline, { default: offline }) };
  const run = require('@doyensec/electronegativity/dist/runner.js');
  return run(
    {
      input,
      customScan: [],
      // Needs the network to list Electron releases; Electron's version is pinned in package.json instead.
      excludeFromScan: ['availablesecurityfixesglobalcheck'],
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: '45.4.1',
      parserPlugins: [],
    },
    false,
  );
}

async function main() {
  // One scan over the app's own sources together, so the global checks see
  // main, preload and page at once (the repo root would drag in node_modules).
  const root = path.resolve(__dirname, '..');
  const staging = path.join(root, '.tmp', 'electronegativity-input');
  fs.rmSync(staging, { recursive: true, force: true });
  for (const item of ['electron', 'renderer', 'package.json']) {
    fs.cpSync(path.join(root, item), path.join(staging, item), { recursive: true });
  }
  const { issues, errors, globalChecks, atomicChecks } = await scan(staging);
  return { issues, errors, checks: globalChecks + atomicChecks };
}

main()
  .then(({ issues, errors, checks }) => {
    const blocking = issues.filter((issue) => issue.severity.value >= 2);
    for (const issue of issues) {
      const mark = blocking.includes(issue) ? 'FAIL' : 'note';
      console.log(`${mark} ${issue.id} [${issue.severity.name}/${issue.confidence.name}] ${issue.file}:${issue.location.line} ${issue.description ?? ''}`);
    }
    for (const error of errors) console.log(`could not parse ${error.file}: ${error.message ?? error.error}`);
    console.log(`Electronegativity: ${checks} checks over electron/ and renderer/, ${issues.length} findings, ${blocking.length} high or medium.`);
    if (blocking.length > 0) process.exit(1);
  })
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
