// A block's fields from any JSON or HTML source, old or new: parsed with the
// kind's schema in core/blocks (so the node and core's reader agree), with a
// fresh id where the kind has one and the source had none.
import type { BlockDefinition } from '../../../core/blocks/block-definition';

export function blockFieldsOf<F extends object>(definition: BlockDefinition<F>, raw: unknown): F {
  const fields = definition.fields.parse(raw);
  const fresh = definition.freshId;
  if (fresh && !fields[fresh.field]) return { ...fields, [fresh.field]: newBlockId(fresh.prefix) };
  return fields;
}

export function newBlockId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID()}`;
}

/** A node whose fields a field prompt can read and set (every block kind's node). */
export interface NodeWithFields {
  getFields(): object;
  setFields(patch: object): unknown;
}

export function hasFields<N extends object>(node: N | null): node is N & NodeWithFields {
  return (
    node !== null && typeof (node as Partial<NodeWithFields>).setFields === 'function' && typeof (node as Partial<NodeWithFields>).getFields === 'function'
  );
}
