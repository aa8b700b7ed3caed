// `npm run bench`: runs every tests/bench/*.bench.ts module in turn (or those
// whose names contain an argument). Each prints its own figures beside a
// baseline measured in the same run; `npm run bench -- leaks` (leaks.bench.ts)
// is the leak test's 10,000-meeting run and prints one summary line;
// `npm run bench -- overhead` (overhead.bench.ts) prints the keystroke overhead
// of the three reference meetings, one line each, and their set-up keys.
import { readdir } from 'node:fs/promises';
import path from 'node:path';

export interface BenchModule {
  /** What is measured, for the heading. */
  title: string;
  run(): Promise<void>;
}

async function main(): Promise<void> {
  const only = process.argv.slice(2);
  const files = (await readdir(__dirname)).filter((name) => name.endsWith('.bench.ts')).sort();
  const chosen = files.filter((file) => only.length === 0 || only.some((word) => file.includes(word)));
  if (chosen.length === 0) console.log('No benchmarks matched.');
  for (const file of chosen) {
    const loaded = (await import(path.join(__dirname, file))) as { default: BenchModule };
    console.log(`\n== ${loaded.default.title} (${file}) ==`);
    await loaded.default.run();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
