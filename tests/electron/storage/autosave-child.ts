// The process the crash test kills: it autosaves a growing document as fast
// as it can, through the app's real storage code, and prints "ACK n" only
// after revision n's autosave has returned (journal and file both durable).
// Run: node --import tsx tests/electron/storage/autosave-child.ts <data folder> <file> <first revision>
import { nodeFileStore } from '../../../electron/main/adapters/node-file-store';
import { nodeLockIdentity } from '../../../electron/main/storage/document-locks';
import { DocumentStorage } from '../../../electron/main/storage/document-storage';
import { crashTestDocument } from './crash-document';

async function main(): Promise<void> {
  const [dataDirectory, filePath, first] = process.argv.slice(2);
  if (!dataDirectory || !filePath) throw new Error('usage: autosave-child <data folder> <file> <first revision>');
  const clock = { now: () => new Date() };
  const storage = new DocumentStorage({ dataDirectory, files: nodeFileStore, clock, lockIdentity: nodeLockIdentity(() => 'crash test', clock.now) });
  const entry = { id: 'doc-crash-test', filePath, windowId: 1 };
  storage.track(entry.id, false);
  // As the app does: at start it clears what killed runs left half-written, and opening the file locks it (clearing beside it).
  await storage.sweepOwnFolders();
  await storage.lock(filePath);
  process.stdout.write('READY\n');
  for (let revision = Number(first ?? 0) + 1; ; revision += 1) {
    const result = await storage.autosave(entry, 'Crash test', crashTestDocument(revision));
    if (result.problem) {
      process.stdout.write(`PROBLEM ${result.problem}\n`);
      process.exit(1);
    }
    // Pipes are written synchronously on Linux and macOS: once this returns the parent can see it.
    process.stdout.write(`ACK ${revision}\n`);
  }
}

void main();
