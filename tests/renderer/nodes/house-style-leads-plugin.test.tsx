// @vitest-environment jsdom
// When the meeting's kept style changes (or its roster), HouseStyleLeadsPlugin
// redraws every lead in the new style's words without touching the document,
// and marks a standard statement still in the app's words with what the style
// prints in its place ("printed as “Nil.”").
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it } from 'vitest';
import { textJson } from '../../../core/minutes/serialized-nodes';
import { createEmptyMeeting, type Meeting } from '../../../core/model/meeting';
import { minutesThemeFor } from '../../../renderer/editor/minutes-theme';
import { minutesNodes } from '../../../renderer/editor/nodes/minutes-nodes';
import { HouseStyleLeadsPlugin } from '../../../renderer/editor/plugins/HouseStyleLeadsPlugin';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const element = { direction: 'ltr', format: '', indent: 0, version: 1 } as const;
const content = {
  root: {
    ...element,
    type: 'root',
    direction: null,
    children: [
      { ...element, type: 'minutes-statement', children: [textJson('There were no declarations.')], statement: 'no-declarations' },
      {
        ...element,
        type: 'vote',
        children: [textJson('That no objection be raised.')],
        moverId: null,
        moverName: 'J.P. Anderson',
        seconderId: null,
        seconderName: 'M. Wilkins',
        for: 4,
        against: 0,
        abstain: 1,
        recorded: null,
        castingVote: null,
      },
      // Inserted as Gotham's "none" line, before the meeting's style was changed.
      { ...element, type: 'minutes-statement', children: [textJson('Nil.')], statement: 'no-declarations' },
    ],
  },
};

let host: HTMLDivElement;
let unmount = (): void => undefined;
afterEach(() => unmount());

/** The editor as the workspace makes it: its theme from the meeting it opened with, the plugin given the meeting as it now is. */
function render(meeting: Meeting): { rerender(next: Meeting): void; editor: () => LexicalEditor } {
  host = document.createElement('div');
  document.body.append(host);
  const root = createRoot(host);
  let editor: LexicalEditor | null = null;
  const Grab = () => {
    [editor] = useLexicalComposerContext();
    return null;
  };
  const config = {
    namespace: 'test',
    nodes: [...minutesNodes],
    theme: minutesThemeFor(meeting),
    editorState: JSON.stringify(content),
    onError: (error: Error) => {
      throw error;
    },
  };
  const draw = (current: Meeting) =>
    act(() =>
      root.render(
        <LexicalComposer initialConfig={config}>
          <RichTextPlugin contentEditable={<ContentEditable />} ErrorBoundary={LexicalErrorBoundary} />
          <HouseStyleLeadsPlugin meeting={current} />
          <Grab />
        </LexicalComposer>,
      ),
    );
  draw(meeting);
  unmount = () => {
    act(() => root.unmount());
    host.remove();
  };
  return { rerender: draw, editor: () => editor! };
}

const meetingIn = (houseStyleId: string | null): Meeting => ({ ...createEmptyMeeting(), houseStyleId });

describe('HouseStyleLeadsPlugin', () => {
  it('redraws the leads when the meeting’s style changes, and leaves the document as it was', () => {
    const view = render(meetingIn(null));
    const vote = () => host.querySelector('.mb-vote')!;
    const statement = () => host.querySelector('.mb-statement')!;
    expect(vote().getAttribute('data-lead')).toBeNull();
    expect(statement().hasAttribute('data-printed-as')).toBe(false);
    const before = JSON.stringify(view.editor().getEditorState().toJSON());

    view.rerender(meetingIn('gotham-parish-planning'));
    expect(vote().getAttribute('data-lead')).toBe('PROPOSED: J.P. Anderson SECONDED: M. Wilkins.');
    expect(vote().getAttribute('data-summary')).toBe('Vote: Four in favour, one abstention.');
    // Typed before the style was kept: the app's words, which the minutes print as Gotham's.
    expect(statement().getAttribute('data-printed-as')).toBe('Nil.');

    view.rerender(meetingIn(null));
    expect(vote().getAttribute('data-lead')).toBeNull();
    expect(vote().getAttribute('data-summary')).toBe('Moved by J.P. Anderson, seconded by M. Wilkins. For 4, against 0, abstentions 1: carried.');
    expect(statement().hasAttribute('data-printed-as')).toBe(false);
    expect(JSON.stringify(view.editor().getEditorState().toJSON())).toBe(before);
  });

  it('says what a line in the old style’s “none” words prints as in the new style', () => {
    const view = render(meetingIn('gotham-parish-planning'));
    const nil = () => host.querySelectorAll('.mb-statement')[1]!;
    expect(nil().hasAttribute('data-printed-as')).toBe(false);
    view.rerender(meetingIn('wirral-planning'));
    expect(nil().getAttribute('data-printed-as')).toBe('No declarations of interest were made.');
  });
});
