// Everything that keeps the clerk's work safe, as seen on screen: runs the
// autosave for the open document and shows the disk-trouble banner, the
// crash-recovery offer, the locked-file offer and, once a locked file is open
// read-only, who has it and the way to a copy.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useAutosave } from '../state/useAutosave';
import type { DocumentSession } from '../state/useDocumentSession';
import { DiskTroubleBanner } from './DiskTroubleBanner';
import { LockedFileOffer } from './LockedFileOffer';
import { ReadOnlyFileBanner } from './ReadOnlyFileBanner';
import { RecoveryOffer } from './RecoveryOffer';

export function DocumentSafety({ session }: { session: DocumentSession }) {
  const [editor] = useLexicalComposerContext();
  const autosave = useAutosave(session, editor);
  return (
    <>
      <DiskTroubleBanner autosave={autosave} />
      <LockedFileOffer session={session} />
      <ReadOnlyFileBanner session={session} />
      <RecoveryOffer session={session} />
    </>
  );
}
