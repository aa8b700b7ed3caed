// Double-clicking .minutes files: which files the launch arguments name.
import { describe, expect, it } from 'vitest';
import { minutesFilesFromArguments } from '../../electron/main/launch/file-from-arguments';

describe('minutesFilesFromArguments', () => {
  it('takes the .minutes path a double-click passes, relative to where the launch happened', () => {
    expect(minutesFilesFromArguments(['/opt/Minute Book/minute-book', '/home/clerk/Cabinet 13 April.minutes'], '/')).toEqual([
      '/home/clerk/Cabinet 13 April.minutes',
    ]);
    expect(minutesFilesFromArguments(['minute-book', 'drafts/Audit.MINUTES'], '/home/clerk')).toEqual(['/home/clerk/drafts/Audit.MINUTES']);
  });

  it('ignores the executable, the app folder, switches and other files', () => {
    expect(minutesFilesFromArguments(['/usr/bin/electron', '.', '--no-sandbox', '--inspect=9229'], '/work')).toEqual([]);
    expect(minutesFilesFromArguments(['minute-book', 'notes.txt', '--flag=a.minutes'], '/work')).toEqual([]);
    expect(minutesFilesFromArguments(['a.minutes'], '/work')).toEqual([]);
  });

  it('names each of several files once, in order', () => {
    expect(minutesFilesFromArguments(['minute-book', '/a/First.minutes', '/a/Second.minutes', '../a/First.minutes'], '/b')).toEqual([
      '/a/First.minutes',
      '/a/Second.minutes',
    ]);
  });
});
