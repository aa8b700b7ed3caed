// The shape of a handler: a plain function of the input dispatch() has already
// checked against the contract. Handler files and the table both use these
// types, so they live here rather than in the table: handler files never import
// the table (imports run one way, table → handler files → ports).
import type { z } from 'zod';
import type { Channel, ipcContract, OutputOf } from '../../../core/ipc/contract';
import type { CallContext } from './handler-deps';

/** What a handler receives: the input after dispatch() parsed it (defaults filled in). */
export type HandlerInput<C extends Channel> = z.output<(typeof ipcContract)[C]['input']>;
export type Handler<C extends Channel> = (input: HandlerInput<C>, context: CallContext) => Promise<OutputOf<C>>;
/** Every channel of the contract with its handler; a missing or misspelt channel is a compile error. */
export type HandlerTable = { [C in Channel]: Handler<C> };
/** A group of handlers for some of the channels. */
export type HandlerGroup<C extends Channel> = { [K in C]: Handler<K> };
