// A block kind is one definition in core/blocks plus one node: every kind core
// knows has its node in the editor's registry, every minutes node has its
// definition, and a fresh node holds exactly the fields its schema defines.
import { describe, expect, it } from 'vitest';
import { blockDefinitions } from '../../../core/blocks/block-registry';
import { AGENDA_PART_TYPE } from '../../../renderer/editor/nodes/AgendaPartNode';
import { AGENDA_SECTION_TYPE } from '../../../renderer/editor/nodes/AgendaSectionNode';
import { minutesNodes } from '../../../renderer/editor/nodes/minutes-nodes';
import { minutesEditor } from './node-harness';

// Lexical's own nodes: lists, headings and quotes are read (or kept as paragraphs) without fields.
const lexicalOwn = new Set(['heading', 'quote', 'list', 'listitem']);
// The editor's grouping of an agenda item's blocks, and of the items in parts, never saved: not blocks.
const editorOwn = new Set([AGENDA_SECTION_TYPE, AGENDA_PART_TYPE]);

describe('the block registry', () => {
  it('lists a definition for every minutes node and a node for every definition', () => {
    const nodeTypes = minutesNodes.map((node) => node.getType()).filter((type) => !lexicalOwn.has(type) && !editorOwn.has(type));
    expect([...nodeTypes].sort()).toEqual(blockDefinitions.map((definition) => definition.type).sort());
  });

  it('gives each new node exactly the fields its schema defines, with their defaults', () => {
    const editor = minutesEditor();
    for (const definition of blockDefinitions) {
      const node = minutesNodes.find((klass) => klass.getType() === definition.type)!;
      let json: Record<string, unknown> = {};
      editor.update(() => void (json = new node().exportJSON() as unknown as Record<string, unknown>), { discrete: true });
      const fields = definition.parseFields({});
      expect(Object.keys(json)).toEqual(expect.arrayContaining(Object.keys(fields)));
      // Empty ids are given fresh values by the node; every other default is the schema's.
      for (const [name, value] of Object.entries(fields)) if (value !== '') expect(json[name], `${definition.type}.${name}`).toEqual(value);
    }
  });
});
