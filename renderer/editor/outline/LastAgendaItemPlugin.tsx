// Remembers the agenda item the caret was last in for as long as the document
// is open (see last-agenda-item.ts), whichever panel is showing; registered and
// cleaned up like every other editor listener.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect } from 'react';
import { trackLastAgendaItem } from './last-agenda-item';

export function LastAgendaItemPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(() => trackLastAgendaItem(editor), [editor]);
  return null;
}
