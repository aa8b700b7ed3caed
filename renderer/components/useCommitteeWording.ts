// The committee wording editor's state: the committee's snippets as kept in
// its file (with any the meeting has of its own), the one being written, and
// saving to both the committee (its next meetings) and the open meeting (now).
import { useEffect, useState } from 'react';
import { meetingOwnSnippets } from '../../core/minutes/meeting-context';
import type { Meeting } from '../../core/model/meeting';
import { mergeSnippets, snippetListProblem, type WordingSnippet } from '../../core/model/wording-snippet';
import { call, minuteBookApi } from '../ipc/minute-book-api';
import type { MeetingEdits } from '../state/useMeetingEdits';

type Snippet = Pick<WordingSnippet, 'name' | 'text'>;

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const blank: Snippet = { name: '', text: '' };

export function useCommitteeWording(session: MeetingEdits, meeting: Meeting) {
  const committeeId = meeting.committeeId;
  const [loading, setLoading] = useState(Boolean(committeeId));
  const [committeeName, setCommitteeName] = useState<string | null>(null);
  const [snippets, setSnippets] = useState<Snippet[]>(() => meetingOwnSnippets(meeting));
  const [selected, setSelected] = useState<number | null>(null);
  const [draft, setDraft] = useState<Snippet>(blank);
  const [problem, setProblem] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [unsaved, setUnsaved] = useState(false);
  const [closeWarned, setCloseWarned] = useState(false);

  // The committee's file is the truth: another meeting may have changed its wording since this one was made.
  useEffect(() => {
    if (!committeeId) return;
    let live = true;
    call(minuteBookApi().meetingSetup({}))
      .then((setup) => {
        if (!live) return;
        const committee = setup.committees.find((candidate) => candidate.id === committeeId);
        if (committee) {
          setCommitteeName(committee.name);
          setSnippets((own) => mergeSnippets(committee.snippets, own));
        } else setProblem('This meeting’s committee is no longer set up, so the wording can be kept in this meeting only.');
      })
      .catch((error: unknown) => live && setProblem(`${messageOf(error)} The wording shown is this meeting’s own.`))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [committeeId]);

  const drafted = draft.name.trim() !== '' || draft.text.trim() !== '';
  const draftChanged = selected === null ? drafted : draft.name !== snippets[selected]?.name || draft.text !== snippets[selected]?.text;

  /** The list with the draft in it (new, or in place of the one being edited); null with a problem shown when it cannot be kept. */
  const listWithDraft = (): Snippet[] | null => {
    if (!draftChanged) return snippets;
    const next = selected === null ? [...snippets, draft] : snippets.map((snippet, at) => (at === selected ? draft : snippet));
    const found = snippetListProblem(next);
    setProblem(found);
    return found ? null : next;
  };

  const change = (next: Snippet[], nextSelected: number | null) => {
    setSnippets(next);
    setSelected(nextSelected);
    setDraft(nextSelected === null ? blank : next[nextSelected]!);
    setUnsaved(true);
    setCloseWarned(false);
    setMessage(null);
  };

  return {
    loading,
    committeeName,
    snippets,
    selected,
    draft,
    problem,
    message,
    unsaved: unsaved || draftChanged,
    setDraft: (next: Snippet) => {
      setDraft(next);
      setCloseWarned(false);
    },
    choose: (index: number | null) => {
      setSelected(index);
      setDraft(index === null ? blank : snippets[index]!);
      setProblem(null);
    },
    applyDraft: () => {
      const next = listWithDraft();
      if (next) change(next, null);
      return next !== null;
    },
    remove: (index: number) =>
      change(
        snippets.filter((_, at) => at !== index),
        null,
      ),
    move: (index: number, by: -1 | 1) => {
      const to = index + by;
      if (to < 0 || to >= snippets.length) return;
      const next = [...snippets];
      [next[index], next[to]] = [next[to]!, next[index]!];
      change(next, selected === index ? to : selected === to ? index : selected);
    },
    /** Saves to the meeting (offered now) and to the committee (offered by its next meetings). */
    save: async () => {
      const list = listWithDraft();
      if (!list) return;
      change(list, null);
      setUnsaved(false);
      let inMeeting = false;
      session.updateMeeting((current) => {
        inMeeting = true;
        return { ...current, snippets: list };
      });
      const here = inMeeting ? 'it is in the slash menu now' : 'this meeting cannot be changed, so it is not in its slash menu';
      if (!committeeId || committeeName === null) {
        setMessage(inMeeting ? 'Saved in this meeting; it is in the slash menu now.' : 'Nothing was saved: this meeting cannot be changed.');
        return;
      }
      try {
        await call(minuteBookApi().keepSnippetsForCommittee({ committeeId, snippets: list }));
        setMessage(`Saved for ${committeeName}: its next meetings offer this wording, and ${here}.`);
      } catch (error) {
        setUnsaved(true);
        setProblem(`The committee’s wording could not be updated (${inMeeting ? 'this meeting has it' : 'nothing was saved'}): ${messageOf(error)}`);
      }
    },
    /** Escape: closes, but first says so once when there is wording not yet saved. */
    mayClose: () => {
      if (!(unsaved || draftChanged) || closeWarned) return true;
      setCloseWarned(true);
      setProblem('Your wording is not saved yet. Press Save wording to keep it, or Escape again to close without it.');
      return false;
    },
  };
}

export type CommitteeWording = ReturnType<typeof useCommitteeWording>;
