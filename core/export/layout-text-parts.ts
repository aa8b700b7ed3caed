// The text of a layout as the writers print it, part by part: each heading,
// paragraph, note and signature name, each list item and each label line's
// text. Review comments are placed on these parts (LayoutPlace), and the DOCX
// writer finds them again by the same reading, so both agree on offsets.
import { runsText, type LayoutBlock, type LayoutDocument, type LayoutRun } from './layout-model';

export interface LayoutTextPart {
  section: number;
  block: number;
  part: number;
  text: string;
  /** The agenda item the part is printed under (the id on its heading), or null before the first item and in appendices. */
  itemId: string | null;
}

/** The runs of each part of a block that can carry a comment; tables carry none. */
export function blockParts(block: LayoutBlock): LayoutRun[][] {
  switch (block.kind) {
    case 'heading':
      // An item's text run on from its title is a part of its own, after the title's.
      return block.runOn ? [[{ text: block.text }], block.runOn] : [[{ text: block.text }]];
    case 'title':
    case 'note':
      return [[{ text: block.text }]];
    case 'paragraph':
      return [block.runs];
    case 'list':
      // Nested items after the list's own, so a part's index names the same words in every reader.
      return [...block.items, ...(block.sublists ?? []).flatMap((sublist) => sublist.items)];
    case 'label-lines':
      return block.lines.map((line) => [{ text: line.text }]);
    case 'signature':
      return [[{ text: block.name }]];
    case 'table':
      return [];
  }
}

export function layoutTextParts(layout: LayoutDocument): LayoutTextPart[] {
  const parts: LayoutTextPart[] = [];
  layout.sections.forEach((section, sectionIndex) => {
    let itemId: string | null = null;
    section.blocks.forEach((block, blockIndex) => {
      // Only the minutes themselves (the first section) hold agenda items; appendices are outside every item.
      if (sectionIndex === 0 && block.kind === 'heading' && block.level === 1) itemId = block.anchor;
      blockParts(block).forEach((runs, part) =>
        parts.push({ section: sectionIndex, block: blockIndex, part, text: runsText(runs), itemId: sectionIndex === 0 ? itemId : null }),
      );
    });
  });
  return parts;
}
