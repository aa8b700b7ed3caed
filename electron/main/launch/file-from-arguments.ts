// The minutes files a launch asks for: double-clicking .minutes files starts
// the app (or a second instance, whose arguments reach the first) with their
// paths among its arguments. Switches and the executable's own path are not
// files; a relative path is taken from where the launch happened.
import path from 'node:path';

const MINUTES_EXTENSION = '.minutes';

export function minutesFilesFromArguments(argv: ReadonlyArray<string>, workingDirectory: string): string[] {
  // argv[0] is the executable; in development argv[1] is the app folder ("electron .").
  const named = argv.slice(1).filter((argument) => !argument.startsWith('-') && argument.toLowerCase().endsWith(MINUTES_EXTENSION));
  return [...new Set(named.map((argument) => path.resolve(workingDirectory, argument)))];
}
