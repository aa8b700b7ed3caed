// Every Lexical node the minutes editor knows, in one registry. A node missing
// here cannot be loaded from a file, so custom block nodes are listed here too.
import { ListItemNode, ListNode } from '@lexical/list';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { Klass, LexicalNode } from 'lexical';
import { AgendaItemNode } from './AgendaItemNode';

export const minutesNodes: ReadonlyArray<Klass<LexicalNode>> = [HeadingNode, QuoteNode, ListNode, ListItemNode, AgendaItemNode];
