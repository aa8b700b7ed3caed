// A pasted or duplicated agenda item or action arrives with the id of the one
// it was copied from; give the copy its own id so items and actions stay
// distinct in the outline, the actions panel and the exports. Runs only when
// such nodes are created, never while typing.
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { mergeRegister } from '@lexical/utils';
import { $getNodeByKey, type LexicalEditor, type NodeKey, type NodeMutation } from 'lexical';
import { $minutesBlocks } from '../minutes-block-list';
import { useEffect } from 'react';
import { $isActionNode, ActionNode } from '../nodes/ActionNode';
import { $isAgendaItemNode, AgendaItemNode } from '../nodes/AgendaItemNode';
import { newBlockId } from '../nodes/block-fields-of';

function fixDuplicates(editor: LexicalEditor, mutations: Map<NodeKey, NodeMutation>) {
  const created = [...mutations].filter(([, mutation]) => mutation === 'created').map(([key]) => key);
  if (created.length === 0) return;
  editor.update(
    () => {
      const seen = new Map<string, NodeKey>();
      for (const node of $minutesBlocks()) {
        const id = $isAgendaItemNode(node) ? node.getFields().itemId : $isActionNode(node) ? node.getFields().actionId : null;
        if (id === null) continue;
        const first = seen.get(id);
        if (first === undefined) {
          seen.set(id, node.getKey());
        } else {
          // Keep the id on whichever copy existed before; renew the newcomer's.
          const newcomer = created.includes(node.getKey()) ? node : $getNodeByKey(first);
          if ($isAgendaItemNode(newcomer)) newcomer.setFields({ itemId: newBlockId('item') });
          else if ($isActionNode(newcomer)) newcomer.setFields({ actionId: newBlockId('action') });
        }
      }
    },
    { tag: 'history-merge' },
  );
}

export function PastedIdentityPlugin() {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      mergeRegister(
        editor.registerMutationListener(AgendaItemNode, (mutations) => fixDuplicates(editor, mutations), { skipInitialization: true }),
        editor.registerMutationListener(ActionNode, (mutations) => fixDuplicates(editor, mutations), { skipInitialization: true }),
      ),
    [editor],
  );
  return null;
}
