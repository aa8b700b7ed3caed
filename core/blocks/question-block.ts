// A public or member question, as two flat parts sharing a questionId: the
// question (who asked it) and the response (who gave it). The parts of one
// question are joined into one block when read.
import { z } from 'zod';
import { joinRichText } from '../minutes/rich-text-json';
import type { MinuteBlock } from '../minutes/minutes-model';
import type { Person } from '../model/person';
import { defineBlock } from './block-definition';
import { choiceField, optionalText, personRef, textField } from './block-fields';
import { personStep, type PromptStep } from './prompt-step';

export const questionFields = z.object({
  questionId: textField,
  part: choiceField(['question', 'response'], 'question'),
  audience: choiceField(['public', 'member'], 'public'),
  askedById: optionalText,
  askedByName: textField,
  respondentId: optionalText,
  respondentName: textField,
});
export type QuestionFields = z.infer<typeof questionFields>;

// Which question a block came from, to join its response; the id is not part of the model.
const questionIds = new WeakMap<MinuteBlock, string>();

export const questionBlock = defineBlock<QuestionFields>({
  type: 'question',
  fields: questionFields,
  freshId: { field: 'questionId', prefix: 'question' },
  read(fields, text, blocks) {
    const last = blocks.at(-1);
    const respondent = personRef(fields.respondentId, fields.respondentName);
    if (last?.kind === 'question' && questionIds.get(last) === fields.questionId) {
      if (fields.part === 'response') last.response = joinRichText(last.response, text);
      else last.question = joinRichText(last.question, text);
      last.respondent ??= respondent;
      return true;
    }
    const block = {
      kind: 'question' as const,
      audience: fields.audience,
      askedBy: personRef(fields.askedById, fields.askedByName),
      question: fields.part === 'response' ? [] : text,
      response: fields.part === 'response' ? text : [],
      respondent,
    };
    questionIds.set(block, fields.questionId);
    blocks.push(block);
    return true;
  },
  editSteps: (fields, context) => questionSteps(context.meeting.roster, fields),
});

export function questionSteps(roster: Person[], current: { askedByName: string; respondentName: string }): PromptStep<QuestionFields>[] {
  return [
    personStep<QuestionFields>('Asked by', { id: 'askedById', name: 'askedByName' }, roster, current.askedByName),
    personStep<QuestionFields>('Answered by', { id: 'respondentId', name: 'respondentName' }, roster, current.respondentName),
  ];
}
