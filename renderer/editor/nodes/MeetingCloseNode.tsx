// The close of the minutes: the chair's signature line and "(Note: The meeting
// started at 5.30 pm and ended at 6.45 pm)" from the recorded times. Nothing
// here is typed prose, so it is a decorator showing its fields; the times and
// chair are set through the block-fields prompt.
import {
  $applyNodeReplacement,
  DecoratorNode,
  type DOMConversionMap,
  type DOMExportOutput,
  type EditorConfig,
  type LexicalEditor,
  type LexicalNode,
  type LexicalUpdateJSON,
  type NodeKey,
  type SerializedLexicalNode,
} from 'lexical';
import { meetingCloseBlock, type MeetingCloseFields } from '../../../core/blocks/meeting-close-block';
import { useSyncExternalStore, type JSX } from 'react';
import { styledCloseBlocks } from '../../../core/export/close-layout';
import { printHolderOfTheme, type MeetingPrint, type MeetingPrintHolder } from '../minutes-theme';
import { closeNote } from '../../../core/minutes/block-wording';
import type { NodeJSONInput } from './BlockNode';
import { blockFieldsOf } from './block-fields-of';
import { createBlockElement } from './node-dom';

export type SerializedMeetingCloseNode = SerializedLexicalNode & MeetingCloseFields;

const normalize = (raw: unknown): MeetingCloseFields => blockFieldsOf(meetingCloseBlock, raw);

export class MeetingCloseNode extends DecoratorNode<JSX.Element> {
  __fields: MeetingCloseFields;

  static override getType(): string {
    return meetingCloseBlock.type;
  }
  static override clone(node: MeetingCloseNode): MeetingCloseNode {
    return new MeetingCloseNode(node.__fields, node.__key);
  }
  static override importJSON(json: NodeJSONInput): MeetingCloseNode {
    return $createMeetingCloseNode().updateFromJSON(json as never);
  }
  static override importDOM(): DOMConversionMap {
    return {
      div: (element: HTMLElement) =>
        element.classList.contains('mb-close')
          ? {
              conversion: (dom: HTMLElement) => ({ node: $createMeetingCloseNode(normalize({ ...dom.dataset })) }),
              priority: 2,
            }
          : null,
    };
  }

  constructor(fields: MeetingCloseFields = normalize({}), key?: NodeKey) {
    super(key);
    this.__fields = fields;
  }

  getFields(): MeetingCloseFields {
    return this.getLatest().__fields;
  }
  setFields(patch: Partial<MeetingCloseFields>): this {
    const self = this.getWritable();
    self.__fields = { ...self.__fields, ...patch };
    return self;
  }

  override updateFromJSON(json: LexicalUpdateJSON<SerializedMeetingCloseNode>): this {
    return super.updateFromJSON(json).setFields(normalize(json));
  }
  override exportJSON(): SerializedMeetingCloseNode {
    return { ...super.exportJSON(), type: meetingCloseBlock.type, version: 1, ...this.getFields() };
  }

  override createDOM(): HTMLElement {
    return createBlockElement('div', 'mb-block mb-close', {});
  }
  override updateDOM(): boolean {
    return false;
  }
  override exportDOM(): DOMExportOutput {
    const { chairId, chairName, startedAt, endedAt } = this.__fields;
    const element = createBlockElement('div', 'mb-close', { 'chair-id': chairId, 'chair-name': chairName, 'started-at': startedAt, 'ended-at': endedAt });
    element.textContent = closeLines(this.__fields).join('\n');
    return { element };
  }
  override isInline(): boolean {
    return false;
  }
  override getTextContent(): string {
    return closeLines(this.__fields).join('\n');
  }
  override decorate(_editor: LexicalEditor, config: EditorConfig): JSX.Element {
    return <MeetingClose fields={this.__fields} holder={printHolderOfTheme(config.theme)} />;
  }
}

/**
 * The close as the minutes will end: in the meeting's house style, its close wording and signature block in its
 * order (styledCloseBlocks, which the export prints); with none, the app's signature and note. Redrawn when the
 * meeting's style changes.
 */
function MeetingClose({ fields, holder }: { fields: MeetingCloseFields; holder: MeetingPrintHolder | null }) {
  const print = useSyncExternalStore(holder?.subscribe ?? noSubscription, holder?.get ?? noPrint);
  if (print.style) {
    const rosterChair = print.roster.find((person) => person.role === 'chair');
    const chair = fields.chairName.trim() || (rosterChair ? `${rosterChair.title} ${rosterChair.name}`.trim() : '');
    const blocks = styledCloseBlocks(print.style, { chair, startedAt: fields.startedAt ?? print.startedAt, endedAt: fields.endedAt ?? print.endedAt });
    return (
      <div className="mb-close-body" aria-label="Close of the meeting">
        {blocks.length === 0 ? <div className="mb-close-note">(Nothing is printed here until the times are recorded)</div> : null}
        {blocks.map((block, index) =>
          block.kind === 'note' ? (
            <div key={index} className="mb-close-note">
              {block.text}
            </div>
          ) : (
            <div key={index} className="mb-close-signature">
              <div className="mb-close-chair">{block.name}</div>
              <div>{block.role}</div>
              {block.dateLine ? <div>{block.dateLine}</div> : null}
            </div>
          ),
        )}
      </div>
    );
  }
  const [chair, role, note] = closeLines(fields);
  return (
    <div className="mb-close-body" aria-label="Close of the meeting">
      <div className="mb-close-chair">{chair}</div>
      <div>{role}</div>
      <div className="mb-close-note">{note}</div>
    </div>
  );
}

const noSubscription = () => () => undefined;
const NO_PRINT: MeetingPrint = { style: null, roster: [], startedAt: '', endedAt: '' };
const noPrint = () => NO_PRINT;

/** Signature name in capitals, "Chair", and the note of the times. */
export function closeLines(fields: MeetingCloseFields): [string, string, string] {
  const note = closeNote(fields.startedAt, fields.endedAt);
  return [(fields.chairName || '____________________').toUpperCase(), 'Chair', note ? `(Note: ${note})` : '(Note: times not yet recorded)'];
}

export function $createMeetingCloseNode(fields: Partial<MeetingCloseFields> = {}): MeetingCloseNode {
  return $applyNodeReplacement(new MeetingCloseNode(normalize(fields)));
}

export function $isMeetingCloseNode(node: LexicalNode | null | undefined): node is MeetingCloseNode {
  return node instanceof MeetingCloseNode;
}
