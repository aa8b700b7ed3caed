// The chair's review, main side: the approval seal is hashed here with
// node:crypto over core's canonical form; review copies are written and
// returned Word documents read here, because main owns the disk. The rules
// themselves (what may be approved or amended, where comments go) are core's.
// The Word copy of a review copy (for a chair without Minute Book) is written
// beside it with the same name, so a returned copy is easy to match up.
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { reviewChannels, SealCheckView } from '../../../core/ipc/channels/review-channels';
import type { OutputOf } from '../../../core/ipc/contract';
import { AppError } from '../../../core/ipc/ipc-result';
import { approveMinutes, beginAmendment, ReviewRuleError, sealAmendment } from '../../../core/review/approval';
import { mergeReviewCopy } from '../../../core/review/merge-review-copy';
import { reviewOf, withReview } from '../../../core/review/review-schema';
import { checkSeal } from '../../../core/review/seal';
import { writeReviewCopyDocx } from '../../../core/review/word-comments-export';
import { importReturnedWordComments } from '../../../core/review/word-comments-returned';
import { importWordTrackedChanges } from '../../../core/review/word-tracked-changes-import';
import { serializeMinutesDocument, type MinutesDocument } from '../../../core/storage/minutes-document';
import { MAX_MINUTES_FILE_BYTES } from '../../../core/storage/parse-minutes-file';
import { formatUkDate } from '../../../core/text/uk-format';
import { parseMinutesOffMain } from '../workers/parse-minutes-off-main';
import { runUntrusted } from '../workers/run-untrusted';
import { displayNameOf, withMinutesExtension, type DocumentRegistry } from '../documents/document-registry';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import { confirmReplace, exists } from '../documents/replace-guard';
import type { HandlerGroup, HandlerInput } from '../ports/handler-types';

const MAX_WORD_FILE_BYTES = 50 * 1024 * 1024;

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The calendar date on this computer's clock, yyyy-mm-dd. */
function localDate(now: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function describeSeal(document: MinutesDocument): SealCheckView {
  const { review, problem } = reviewOf(document);
  if (problem) return { status: 'changed', message: problem };
  const check = checkSeal(document, review, sha256Hex);
  if (check.status === 'not-approved' || check.status === 'amending') return check;
  const { approvedBy, approvedOn, atMeeting } = check.approval;
  const approved = `approved as a correct record by ${approvedBy} on ${formatUkDate(approvedOn)} (${atMeeting})`;
  return check.status === 'intact'
    ? {
        status: 'intact',
        message: `These minutes were ${approved}${review.amendments.length ? `, with ${review.amendments.length === 1 ? 'one amendment' : `${review.amendments.length} amendments`}` : ''}, and are unchanged since.`,
      }
    : { status: 'changed', message: `These minutes were ${approved}, but they have been changed since outside Minute Book: they no longer match their seal.` };
}

/** Runs a core rule, turning its refusal into an error the page shows. */
function byTheRules<T>(rule: () => T): T {
  try {
    return rule();
  } catch (error) {
    if (error instanceof ReviewRuleError) throw new AppError('not-allowed', error.message);
    throw error;
  }
}

export function createReviewHandlers(deps: HandlerDeps, registry: DocumentRegistry) {
  const tools = () => ({ now: deps.clock.now(), sha256Hex });
  const outcome = (document: MinutesDocument) => ({ document, check: describeSeal(document) });

  async function verify(input: HandlerInput<'review/verify-seal'>): Promise<OutputOf<'review/verify-seal'>> {
    return describeSeal(input.document);
  }

  async function approve(input: HandlerInput<'review/approve'>): Promise<OutputOf<'review/approve'>> {
    const { document, ...details } = input;
    return outcome(byTheRules(() => approveMinutes(document, details, tools())));
  }

  async function begin(input: HandlerInput<'review/begin-amendment'>): Promise<OutputOf<'review/begin-amendment'>> {
    return outcome(byTheRules(() => beginAmendment(input.document, { reason: input.reason, recordedBy: input.recordedBy }, tools())));
  }

  async function seal(input: HandlerInput<'review/seal-amendment'>): Promise<OutputOf<'review/seal-amendment'>> {
    const now = deps.clock.now();
    return outcome(byTheRules(() => sealAmendment(input.document, { recordedOn: localDate(now) }, { now, sha256Hex })));
  }

  async function send(input: HandlerInput<'review/send-for-review'>, context: CallContext): Promise<OutputOf<'review/send-for-review'>> {
    const entry = registry.owned(input.documentId, context);
    const { review, problem } = reviewOf(input.document);
    if (problem) throw new AppError('invalid-file', problem);
    if (review.approval) throw new AppError('not-allowed', 'These minutes are already approved; there is nothing to send for review.');
    const chosen = await deps.reviewFiles.chooseReviewCopyPath(context, `${displayNameOf(entry.filePath)} - for review.minutes`);
    if (!chosen) return { status: 'cancelled' };
    const copyPath = withMinutesExtension(chosen);
    if (entry.filePath && path.resolve(copyPath) === path.resolve(entry.filePath)) {
      throw new AppError('not-allowed', 'The review copy needs a name of its own: it must not replace the minutes themselves.');
    }
    const sentForReview = { sentAt: deps.clock.now().toISOString(), copyName: path.basename(copyPath), reviewCopy: false };
    const sent = withReview({ ...input.document, meeting: { ...input.document.meeting, status: 'out-for-review' } }, { ...review, sentForReview });
    const copy = withReview(sent, { ...review, sentForReview: { ...sentForReview, reviewCopy: true } });
    // The Word copy first: if it cannot be written, nothing has been sent and the draft is unchanged.
    const docxPath = `${copyPath.slice(0, -path.extname(copyPath).length)}.docx`;
    if (input.wordCopy && (await exists(docxPath))) {
      // It may be the copy the chair sent back, comments and all: never replaced without asking.
      const replace = await confirmReplace(deps, context, docxPath, 'It may be a copy the chair returned with comments. ');
      if (!replace)
        throw new AppError(
          'not-allowed',
          `“${path.basename(docxPath)}” is already in that folder (it may be a copy the chair returned), so nothing was sent and it was not replaced. Send for review again with another name, or move that file first.`,
        );
    }
    const wordCopyName = input.wordCopy ? await writeWordCopy(sent, docxPath) : null;
    try {
      await deps.files.writeAtomic(copyPath, serializeMinutesDocument(copy));
    } catch (error) {
      const also = wordCopyName ? ` The Word copy “${wordCopyName}” was written, but should not be sent on its own.` : '';
      throw new AppError(
        'io-error',
        `The review copy could not be written to “${path.basename(copyPath)}” (${(error as Error).message}). The minutes were not marked as sent.${also}`,
      );
    }
    return { status: 'sent', document: sent, copyName: sentForReview.copyName, wordCopyName };
  }

  async function writeWordCopy(document: MinutesDocument, docxPath: string): Promise<string> {
    const services = deps.exports;
    const name = path.basename(docxPath);
    let bytes: Uint8Array;
    try {
      bytes = await writeReviewCopyDocx(document);
    } catch (error) {
      throw new AppError('internal', `The Word copy could not be made (${(error as Error).message}). Nothing was sent.`);
    }
    try {
      await services.writeFile(docxPath, bytes);
    } catch (error) {
      throw new AppError('io-error', `The Word copy could not be written to “${name}” (${(error as Error).message}). Nothing was sent.`);
    }
    return name;
  }

  /** A file the clerk picked, read whole; a read failure is said with the file's name. */
  async function readChosenFile(chosen: string, fileName: string, maxBytes: number): Promise<Uint8Array> {
    try {
      return await deps.files.read(chosen, maxBytes);
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('io-error', `“${fileName}” could not be read (${(error as Error).message}).`);
    }
  }

  async function importComments(input: HandlerInput<'review/import-word-comments'>, context: CallContext): Promise<OutputOf<'review/import-word-comments'>> {
    const chosen = await deps.reviewFiles.chooseWordFile(context);
    if (!chosen) return { status: 'cancelled' };
    const fileName = path.basename(chosen);
    const bytes = await readChosenFile(chosen, fileName, MAX_WORD_FILE_BYTES);
    // Unzipping and reading the XML happen in a worker with a memory and time budget: the file is untrusted.
    const { comments, tracked } = await runUntrusted({ kind: 'word-review', bytes, fileName }, { fileName });
    const options = { importedAt: deps.clock.now().toISOString(), fallbackAuthor: input.author };
    const imported = byTheRules(() => importReturnedWordComments(input.document, comments, options));
    // The chair's Track Changes arrive as suggested edits beside the comments.
    const changes = byTheRules(() => importWordTrackedChanges(imported.document, tracked, options));
    return {
      status: 'imported',
      fileName,
      ...imported,
      document: changes.document,
      suggestions: changes.suggestions,
      unplacedChanges: changes.unplacedChanges,
      formattingChanges: changes.formattingChanges,
      duplicateChanges: changes.duplicates,
    };
  }

  async function importCopy(input: HandlerInput<'review/import-review-copy'>, context: CallContext): Promise<OutputOf<'review/import-review-copy'>> {
    const chosen = await deps.dialogs.chooseFileToOpen(context);
    if (!chosen) return { status: 'cancelled' };
    const fileName = path.basename(chosen);
    const bytes = await readChosenFile(chosen, fileName, MAX_MINUTES_FILE_BYTES);
    const parsed = await parseMinutesOffMain(bytes, fileName);
    if (!parsed.ok) throw new AppError('invalid-file', `“${fileName}” cannot be imported: ${parsed.problem}`);
    const merged = byTheRules(() => mergeReviewCopy(input.document, parsed.document));
    return { status: 'imported', fileName, copy: parsed.document, ...merged };
  }

  return {
    'review/import-review-copy': importCopy,
    'review/verify-seal': verify,
    'review/approve': approve,
    'review/begin-amendment': begin,
    'review/seal-amendment': seal,
    'review/send-for-review': send,
    'review/import-word-comments': importComments,
  } satisfies HandlerGroup<keyof typeof reviewChannels>;
}
