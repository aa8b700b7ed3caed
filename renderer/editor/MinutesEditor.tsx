// The minutes editor: Lexical rich text with the app's node registry and
// plugins. Remounted (by key) when another document is loaded.
import { LexicalComposer } from '@lexical/react/LexicalComposer';
import { ContentEditable } from '@lexical/react/LexicalContentEditable';
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary';
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin';
import { ListPlugin } from '@lexical/react/LexicalListPlugin';
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin';
import type { LexicalEditor } from 'lexical';
import type { LexicalState } from '../../core/storage/lexical-state';
import { minutesTheme } from './minutes-theme';
import { minutesNodes } from './nodes/minutes-nodes';
import { ChangeTrackerPlugin } from './plugins/ChangeTrackerPlugin';
import { EditorHandlePlugin } from './plugins/EditorHandlePlugin';
import { ToolbarPlugin } from './plugins/ToolbarPlugin';

interface MinutesEditorProps {
  content: LexicalState;
  onEditor: (editor: LexicalEditor | null) => void;
  onChange: () => void;
}

export function MinutesEditor({ content, onEditor, onChange }: MinutesEditorProps) {
  const initialConfig = {
    namespace: 'minute-book',
    nodes: [...minutesNodes],
    theme: minutesTheme,
    editorState: JSON.stringify(content),
    onError: (error: Error) => {
      throw error;
    },
  };
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <ToolbarPlugin />
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
      <EditorHandlePlugin onEditor={onEditor} />
    </LexicalComposer>
  );
}
