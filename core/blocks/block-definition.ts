// What one block kind is, in one place: its node type, its fields as a zod
// schema (the type is inferred from it), how core reads it into the minutes
// model, and the field questions it asks. The editor's node for the kind
// parses its fields with the same schema; core/blocks/block-registry.ts lists
// every kind. See docs/adding-a-block.md.
import type { HouseStyle } from '../house-style/house-style-schema';
import type { MinuteBlock, RichText } from '../minutes/minutes-model';
import type { Meeting } from '../model/meeting';
import type { PromptStep } from './prompt-step';

/** What a block's reader needs besides its own node. */
export interface ReadContext {
  /** The template's resolutions wording, for a run typed without its own heading. */
  resolutions: { heading: string; bulleted: boolean };
  /** The meeting's house style (null: the app's own words, or a style the export would refuse), read when first asked. */
  houseStyle(): HouseStyle | null;
}

/** What a block's field questions are built from. */
export interface StepContext {
  meeting: Meeting;
  /** The agenda items, for questions that name one ("Agenda item it concerns"). */
  outline: ReadonlyArray<{ itemId: string; number: string; title: string }>;
}

/** An id field given a fresh value when a file has none (a block's identity for panels and joins). */
export interface FreshId<F> {
  field: { [K in keyof F]: F[K] extends string ? K : never }[keyof F];
  prefix: string;
}

export interface BlockDefinition<F extends object> {
  /** The Lexical node type, as saved in files. */
  type: string;
  /** The fields as a zod schema, with a default for anything missing or malformed (so parse never throws). */
  fields: { parse(data: unknown): F };
  /** Filled with `<prefix>-<uuid>` by the editor when empty. */
  freshId?: FreshId<F>;
  /**
   * Adds what the node says to the item's blocks (joining a run, such as the
   * next apology, where it belongs). Returns false to keep the node as a plain
   * paragraph of its text instead.
   */
  read?(fields: F, text: RichText, blocks: MinuteBlock[], context: ReadContext): boolean;
  /** The questions asked when the clerk edits the block (Ctrl+Alt+F), filled with its current values. */
  editSteps?(fields: F, context: StepContext): PromptStep<F>[];
}

/** A definition with its field type erased, for the registry. */
export interface AnyBlockDefinition {
  type: string;
  parseFields(raw: unknown): object;
  read(raw: unknown, text: RichText, blocks: MinuteBlock[], context: ReadContext): boolean;
  editSteps?(raw: unknown, context: StepContext): PromptStep<object>[];
}

/** A block definition, checked, and its erased form for the registry. */
export function defineBlock<F extends object>(definition: BlockDefinition<F>): BlockDefinition<F> & { erased: AnyBlockDefinition } {
  const { fields, read, editSteps } = definition;
  const erased: AnyBlockDefinition = {
    type: definition.type,
    parseFields: (raw) => fields.parse(raw),
    read: (raw, text, blocks, context) => (read ? read(fields.parse(raw), text, blocks, context) : false),
    ...(editSteps ? { editSteps: (raw: unknown, context: StepContext) => editSteps(fields.parse(raw), context) as PromptStep<object>[] } : {}),
  };
  return { ...definition, erased };
}
