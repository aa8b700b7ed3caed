// The editable minutes: rich text with history, lists and the app's plugins.
// Lives inside the workspace's LexicalComposer.
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import { ChangeTrackerPlugin } from './plugins/ChangeTrackerPlugin';
import './minutes-blocks.css';

export function MinutesEditor({ onChange }: { onChange: () => void }) {
  return (
    <>
      <div className="mb-editor-frame">
        <RichTextPlugin
          contentEditable={<ContentEditable className="mb-editor" aria-label="Minutes" spellCheck />}
          placeholder={<div className="mb-placeholder">Start typing the minutes…</div>}
          ErrorBoundary={LexicalErrorBoundary}
        />
      </div>
      <HistoryPlugin />
      <ListPlugin />
      <ChangeTrackerPlugin onChange={onChange} />
    </>
  );
}
