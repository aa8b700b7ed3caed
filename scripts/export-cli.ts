// Command-line exporter: the same code as File › Export (exportMinutesFiles),
// printing the PDF with the system's Chromium through Playwright.
//   npm run export -- <file.minutes> --docx out.docx --pdf out.pdf [--pdfa archive.pdf]
//        [--public|--full] [--appendix glossary,actions,declarations,attendance] [--logo logo.png] [--waive-checks]
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { appendixKinds, exportOptionsSchema } from '../core/export/export-options';
import { readLogo } from '../core/export/logo';
import { parseMinutesFile, MAX_MINUTES_FILE_BYTES } from '../core/storage/parse-minutes-file';
import { writeFileAtomic } from '../electron/main/adapters/atomic-write';
import { createChromiumPdfPrinter } from './chromium-pdf-printer';
import { exportMinutesFiles, type ExportTargets } from '../electron/main/export/export-files';
import { publicVersionBlockers, publicVersionRefusal } from '../core/checks/publication-blockers';

const USAGE = `Usage: npm run export -- <file.minutes> [--docx out.docx] [--pdf out.pdf] [--pdfa archival.pdf] [--public | --full]
       [--appendix ${appendixKinds.join(',')}] [--logo logo.png] [--waive-checks]`;

interface CliArgs {
  input: string;
  targets: ExportTargets;
  version: 'public' | 'full';
  appendices: string[];
  logo: string | null;
  waiveChecks: boolean;
}

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { input: '', targets: {}, version: 'public', appendices: [], logo: null, waiveChecks: false };
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index]!;
    const value = () => {
      const next = argv[(index += 1)];
      if (!next || next.startsWith('--')) throw new Error(`${arg} needs a value.`);
      return next;
    };
    if (arg === '--docx') args.targets.docx = value();
    else if (arg === '--pdf') args.targets.pdf = value();
    else if (arg === '--pdfa') args.targets.pdfa = value();
    else if (arg === '--public') args.version = 'public';
    else if (arg === '--full') args.version = 'full';
    else if (arg === '--appendix') args.appendices.push(...value().split(','));
    else if (arg === '--logo') args.logo = value();
    else if (arg === '--waive-checks') args.waiveChecks = true;
    else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}.`);
    else if (!args.input) args.input = arg;
    else throw new Error(`Only one .minutes file at a time (also given “${arg}”).`);
  }
  if (!args.input) throw new Error('Name the .minutes file to export.');
  if (!args.targets.docx && !args.targets.pdf && !args.targets.pdfa)
    throw new Error('Say where to write: --docx out.docx, --pdf out.pdf, --pdfa archival.pdf, or several.');
  if (args.targets.pdfa && args.targets.pdf && path.resolve(args.targets.pdfa) === path.resolve(args.targets.pdf))
    throw new Error('The archival PDF/A copy (--pdfa) needs a different file from --pdf.');
  return args;
}

async function main(): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const options = exportOptionsSchema.safeParse({ version: args.version, appendices: args.appendices });
  if (!options.success) {
    console.error(`Unknown appendix: choose from ${appendixKinds.join(', ')}.`);
    return 2;
  }
  const bytes = new Uint8Array(await readFile(args.input));
  if (bytes.length > MAX_MINUTES_FILE_BYTES) {
    console.error(`“${args.input}” is too large to be a minutes file.`);
    return 1;
  }
  const parsed = parseMinutesFile(bytes);
  if (!parsed.ok) {
    console.error(`“${path.basename(args.input)}” cannot be exported: ${parsed.problem}`);
    return 1;
  }
  // As File › Export: the public version waits for the checks that stand for something missing (core's publication-blockers).
  const blockers = options.data.version === 'public' && !args.waiveChecks ? publicVersionBlockers(parsed.document) : [];
  if (blockers.length > 0) {
    console.error(`“${path.basename(args.input)}”: ${publicVersionRefusal(blockers).replace('waive them in the export dialog', 'add --waive-checks')}`);
    return 1;
  }
  const logo = args.logo ? readLogo(new Uint8Array(await readFile(args.logo)), `${parsed.document.meeting.councilName || 'Council'} logo`) : null;
  const printer = createChromiumPdfPrinter();
  try {
    const written = await exportMinutesFiles(
      parsed.document,
      options.data,
      args.targets,
      { printer, writeFile: (file, data) => writeFileAtomic(file, data) },
      logo,
    );
    for (const file of written) console.log(`Wrote ${file}`);
    return 0;
  } finally {
    await printer.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
