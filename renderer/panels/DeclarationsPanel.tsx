// The register of declared interests, and the quorum re-checked for each item
// a member leaves because of a prejudicial or pecuniary interest.
import { $minutesBlocks } from '../editor/minutes-block-list';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useCallback, useMemo, useSyncExternalStore } from 'react';
import { declarationsRegister, quorumWithoutLeavers } from '../../core/minutes/declarations-register';
import type { Declaration } from '../../core/minutes/minutes-model';
import { $isDeclarationNode } from '../editor/nodes/DeclarationNode';
import { outlineStoreFor } from '../editor/outline/outline-store';
import type { PanelProps } from './panel-types';
import { useEditorSnapshot } from './useEditorSnapshot';

function $readDeclarations(): Declaration[] {
  return $minutesBlocks()
    .filter($isDeclarationNode)
    .map((node) => {
      const fields = node.getFields();
      return {
        member: { personId: fields.memberId, name: fields.memberName },
        itemId: fields.itemId,
        kind: fields.kind,
        reason: [{ text: node.getTextContent() }],
        leftRoom: fields.leftRoom,
      };
    });
}

export function DeclarationsPanel({ session }: PanelProps) {
  const [editor] = useLexicalComposerContext();
  const read = useCallback(() => $readDeclarations(), []);
  const declarations = useEditorSnapshot(read, []);
  const store = outlineStoreFor(editor);
  const { entries } = useSyncExternalStore(store.subscribe, store.getSnapshot);
  const meeting = session.opened?.document.meeting;
  const register = useMemo(() => declarationsRegister(declarations, entries), [declarations, entries]);
  const quorum = useMemo(() => (meeting ? quorumWithoutLeavers(declarations, entries, meeting) : []), [declarations, entries, meeting]);

  if (declarations.length === 0)
    return <p className="mb-panel-empty">No interests declared. Ctrl+Alt+D records one; Ctrl+Alt+Shift+D records that there were none.</p>;
  return (
    <div>
      <table className="mb-actions-table" aria-label="Register of interests">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Interest</th>
            <th scope="col">Item</th>
            <th scope="col">Left the room</th>
          </tr>
        </thead>
        <tbody>
          {register.map((entry, index) => (
            <tr key={index}>
              <td>{entry.declaration.member.name || 'Not set'}</td>
              <td>{entry.kindLabel}</td>
              <td>{entry.concerns}</td>
              <td>{entry.declaration.leftRoom ? 'Yes' : 'No'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {quorum.map((check) => (
        <p key={check.itemId} role={check.warning ? 'alert' : undefined} className={check.warning ? 'mb-quorum-warning' : 'mb-panel-hint'}>
          {check.item}: {check.leaving.join(', ')} {check.leaving.length === 1 ? 'leaves' : 'leave'} the room. {check.warning ?? 'The meeting stays quorate.'}
        </p>
      ))}
    </div>
  );
}
