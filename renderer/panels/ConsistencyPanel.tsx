// Names and acronyms to check: near-miss spellings of roster names ("Tarig"
// for "Tariq") with a one-key fix, and acronyms used without a definition,
// which the clerk can add to the meeting's glossary (and write out where first
// used); the definition is kept in the committee's glossary for its next meetings.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $getNodeByKey, $isElementNode, $isTextNode } from 'lexical';
import { useCallback, useMemo, useState } from 'react';
import { meetingGlossary, personDisplayName } from '../../core/minutes/meeting-context';
import { withDefinition } from '../../core/text/acronyms';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { PanelProps } from './panel-types';
import { createConsistencyScanner, type ConsistencyReport, type NameFinding } from './consistency-scan';
import { useEditorSnapshot } from './useEditorSnapshot';
import { Button } from '../design/Button';
import { TextField } from '../design/TextField';

const empty: ConsistencyReport = { names: [], acronyms: [] };

/** Replaces `length` characters at `offset` within a block's text (text nodes only). */
function $replaceInBlock(blockKey: string, offset: number, length: number, replacement: string | ((found: string) => string)): boolean {
  const block = $getNodeByKey(blockKey);
  if (!$isElementNode(block)) return false;
  let position = 0;
  for (const node of block.getAllTextNodes()) {
    const size = node.getTextContentSize();
    if ($isTextNode(node) && offset >= position && offset + length <= position + size) {
      const local = offset - position;
      const found = node.getTextContent().slice(local, local + length);
      node.spliceText(local, length, typeof replacement === 'string' ? replacement : replacement(found), true);
      return true;
    }
    position += size;
  }
  return false;
}

export function ConsistencyPanel({ session }: PanelProps) {
  const [editor] = useLexicalComposerContext();
  const meeting = session.opened?.document.meeting;
  const names = useMemo(() => (meeting ? meeting.roster.map((person) => personDisplayName(person)) : []), [meeting]);
  const glossary = useMemo(() => (meeting ? meetingGlossary(meeting) : []), [meeting]);
  const scanner = useMemo(() => createConsistencyScanner(), []);
  const read = useCallback(() => scanner(names, glossary), [scanner, names, glossary]);
  const report = useEditorSnapshot(read, empty, 800);
  const [defining, setDefining] = useState<{ acronym: string; blockKey: string } | null>(null);
  const [meaning, setMeaning] = useState('');
  const [committeeProblem, setCommitteeProblem] = useState<string | null>(null);

  const fixName = (finding: NameFinding) => {
    editor.update(() => void $replaceInBlock(finding.blockKey, finding.offset, finding.found.length, finding.expected));
  };

  // Defining adds the acronym to the meeting's glossary (the exports' acronym
  // appendix); the clerk may also write it out where it is first used.
  const define = (writeOut: boolean) => {
    if (!defining || !meaning.trim()) return;
    const { acronym, blockKey } = defining;
    const entry = { acronym, meaning: meaning.trim() };
    session.updateMeeting((current) => ({ ...current, glossary: withDefinition(current.glossary, entry) }));
    const committeeId = meeting?.committeeId;
    setCommitteeProblem(null);
    if (committeeId) {
      call(minuteBookApi().keepGlossaryEntryForCommittee({ committeeId, entry })).catch((error: unknown) =>
        setCommitteeProblem(
          `${acronym} is in this meeting’s glossary, but the committee’s could not be updated: ${error instanceof Error ? error.message : String(error)}`,
        ),
      );
    }
    if (writeOut) {
      editor.update(() => {
        const block = $getNodeByKey(blockKey);
        const at = block ? block.getTextContent().indexOf(acronym) : -1;
        if (at >= 0) $replaceInBlock(blockKey, at, acronym.length, `${entry.meaning} (${acronym})`);
      });
    }
    setDefining(null);
    setMeaning('');
  };

  return (
    <div className="mb-consistency">
      <h3>Names</h3>
      {names.length === 0 && <p className="mb-panel-empty">The meeting has no roster, so names cannot be checked.</p>}
      {report.names.length === 0 && names.length > 0 && <p className="mb-panel-empty">Every roster name is spelt consistently.</p>}
      <ul aria-label="Name spellings to check">
        {report.names.map((finding) => (
          <li key={`${finding.blockKey}:${finding.offset}`}>
            “{finding.found}” — did you mean “{finding.expected}”? <Button onPress={() => fixName(finding)}>Change to {finding.expected}</Button>
          </li>
        ))}
      </ul>
      <h3>Acronyms not yet defined</h3>
      {committeeProblem && <p role="status">{committeeProblem}</p>}
      {report.acronyms.length === 0 && <p className="mb-panel-empty">No undefined acronyms.</p>}
      <ul aria-label="Undefined acronyms">
        {report.acronyms.map((entry) => (
          <li key={entry.acronym}>
            <strong>{entry.acronym}</strong> <Button onPress={() => setDefining(entry)}>Define…</Button>
          </li>
        ))}
      </ul>
      {defining && (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            define(false);
          }}
        >
          <TextField
            label={`What does ${defining.acronym} stand for?`}
            autoFocus
            value={meaning}
            onChange={setMeaning}
            onKeyDown={(event) => event.key === 'Escape' && setDefining(null)}
          />
          <Button type="submit" variant="primary">
            Add to glossary
          </Button>
          <Button onPress={() => define(true)}>Add and write out where first used</Button>
        </form>
      )}
    </div>
  );
}
