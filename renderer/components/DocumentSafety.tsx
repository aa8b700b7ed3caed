// Everything that keeps the clerk's work safe, as seen on screen: runs the
// autosave for the open document and shows the disk-trouble banner, the
// crash-recovery offer, the locked-file offer and, once a locked file is open
// read-only, who has it and the way to a copy.
import type { LexicalState } from '../../core/storage/lexical-state';
import { useAutosave } from '../state/useAutosave';
import type { DocumentSession } from '../state/useDocumentSession';
import { DiskTroubleBanner } from './DiskTroubleBanner';
import { LockedFileOffer } from './LockedFileOffer';
import { ReadOnlyFileBanner } from './ReadOnlyFileBanner';
import { RecoveryOffer } from './RecoveryOffer';

export function DocumentSafety({ session, readContent }: { session: DocumentSession; readContent: () => LexicalState }) {
  const autosave = useAutosave(session, readContent);
  return (
    <>
      <DiskTroubleBanner autosave={autosave} />
      <LockedFileOffer session={session} />
      <ReadOnlyFileBanner session={session} readContent={readContent} />
      <RecoveryOffer session={session} />
    </>
  );
}
