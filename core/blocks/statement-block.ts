// A standard one-line statement ("There were no public questions."). Its words
// stay editable text; it reads as the standard block only while the words are
// still the standard ones (the app's, the meeting's house style's "Nil.", or
// another shipped style's, typed before the style was changed:
// isStandardNoneWording), and otherwise as the clerk's paragraph.
import { z } from 'zod';
import { statements, type StatementKind } from '../minutes/block-wording';
import { isStandardNoneWording } from '../house-style/standard-none-wording';
import { plainText } from '../minutes/rich-text-json';
import { defineBlock } from './block-definition';
import { choiceField } from './block-fields';

const statementKinds = Object.keys(statements) as [StatementKind, ...StatementKind[]];

export const statementFields = z.object({ statement: choiceField(statementKinds, 'no-declarations') });
export type StatementFields = z.infer<typeof statementFields>;

export const statementBlock = defineBlock<StatementFields>({
  type: 'minutes-statement',
  fields: statementFields,
  read({ statement }, text, blocks, context) {
    if (!isStandardNoneWording(context.houseStyle(), statement, plainText(text))) return false;
    if (statement === 'no-apologies') blocks.push({ kind: 'apologies', entries: [] });
    else if (statement === 'no-declarations') blocks.push({ kind: 'declarations', entries: [] });
    else if (statement === 'no-urgent-business') blocks.push({ kind: 'no-urgent-business' });
    else blocks.push({ kind: 'no-questions', audience: statement === 'no-public-questions' ? 'public' : 'member' });
    return true;
  },
});
