// Committees, templates and new meetings. A new meeting takes the window only
// when the window holds nothing worth keeping (the rule document/open follows);
// otherwise the clerk names its file and it opens in a window of its own.
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { InputOf, OpenOutcome, OutputOf } from '../../../core/ipc/contract';
import { committeeDraftSchema, type meetingChannels, type MeetingSetup } from '../../../core/ipc/channels/meeting-channels';
import { AppError } from '../../../core/ipc/ipc-result';
import { rosterFromMeeting, slugOf } from '../../../core/model/committee';
import { meetingSchema } from '../../../core/model/meeting';
import { buildMeeting } from '../../../core/templates/build-meeting';
import { houseStyleStoreFor } from '../house-styles/house-style-store';
import { templateFromMeeting } from '../../../core/templates/template-from-meeting';
import { formatUkDate } from '../../../core/text/uk-format';
import { committeeStoreFor } from '../meetings/committee-store';
import { saveNewMeetingFile } from '../meetings/save-new-meeting-file';
import type { DocumentStorage } from '../storage/document-storage';
import { describeDiskProblem } from '../storage/disk-problems';
import { displayNameOf, type DocumentRegistry } from '../documents/document-registry';
import { ownTemplatesDirectory, readTemplateCatalogue } from '../meetings/template-catalogue';
import type { CallContext, HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';

export function createMeetingHandlers(deps: HandlerDeps, registry: DocumentRegistry, storage: DocumentStorage) {
  const folders = deps.templates;
  const ownTemplates = ownTemplatesDirectory(deps);
  const committees = committeeStoreFor(deps);
  const houseStyles = houseStyleStoreFor(deps);
  const catalogue = () => readTemplateCatalogue(deps);

  async function setup(): Promise<MeetingSetup> {
    const [list, { templates, problems }] = await Promise.all([committees.list(), catalogue()]);
    return {
      committees: list,
      templates: templates.map(({ id, source, template }) => ({
        id,
        source,
        name: template.name,
        description: template.description,
        outline: template.items.map((item) => (item.kind === 'standing' ? item.title : '…')),
      })),
      problems,
    };
  }

  async function newMeeting(input: InputOf<'meeting/new'>, context: CallContext): Promise<OpenOutcome> {
    const committee = await committees.get(input.committeeId);
    const entry = (await catalogue()).templates.find((candidate) => candidate.id === input.templateId);
    if (!entry) throw new AppError('invalid-payload', 'That template could not be found. Choose another template.');
    const built = buildMeeting({
      committee,
      template: entry.template,
      templateId: entry.id,
      date: input.date,
      venue: input.venue,
      contact: input.contact,
      startTime: input.startTime,
      title: input.title,
      agendaItems: input.agendaItems,
      newItemId: () => `item-${randomUUID()}`,
      // The committee's style, shipped or the council's own, copied into the meeting; a missing or damaged one stops here with its sentence.
      houseStyle: committee.houseStyleId ? (await houseStyles.resolve(committee.houseStyleId)).style : null,
    });
    // The committee's running minute number moves on only once the meeting exists (as on disk now:
    // another window may have changed the committee meanwhile), and before a new window opens on it.
    // A start time given is remembered as the committee's usual one, offered for its next meeting.
    const { lastMinuteNumber, lastMeetingDate } = built.committee;
    const usualStart = input.startTime ? { defaultStartTime: input.startTime } : {};
    const moveCommitteeOn = () => committees.update(committee.id, (current) => ({ ...current, lastMinuteNumber, lastMeetingDate, ...usualStart }));
    if (input.replaceCurrent) {
      const opened = registry.register(context.windowId, null);
      storage.track(opened.id, false, false);
      await moveCommitteeOn();
      return {
        status: 'opened',
        opened: { documentId: opened.id, displayName: displayNameOf(null), hasFile: false, readOnly: false, document: built.document },
      };
    }
    // Never replace work in progress: the meeting gets its own file and window.
    const target = await saveNewMeetingFile(deps, storage, context, `${committee.name} ${formatUkDate(input.date)}.minutes`, built.document);
    if (!target) return { status: 'cancelled' };
    await moveCommitteeOn();
    deps.windows.openNewWindow(target, { startedMeeting: true });
    return { status: 'opened-in-new-window', displayName: displayNameOf(target) };
  }

  async function saveCommittee(input: InputOf<'meeting/save-committee'>): Promise<OutputOf<'meeting/save-committee'>> {
    const draft = committeeDraftSchema.parse(input.committee);
    // Wording and glossary are kept from meetings through their own channels while this dialog is open, so
    // its copies may be stale: the stored ones win (as on disk now, under the committees file's queue).
    const changed = draft.id ? await committees.update(draft.id, (current) => ({ ...draft, glossary: current.glossary, snippets: current.snippets })) : null;
    return { committee: changed ?? (await committees.save(draft)) };
  }

  async function saveTemplate(input: InputOf<'meeting/save-template'>): Promise<OutputOf<'meeting/save-template'>> {
    const template = templateFromMeeting(input.name, input.description, meetingSchema.parse(input.meeting), input.content);
    const id = slugOf(input.name);
    const [own, shipped] = await Promise.all([folders.readJsonFiles(ownTemplates), folders.readJsonFiles(folders.shippedDirectory)]);
    try {
      await folders.ensureDirectory(ownTemplates);
      await deps.files.writeAtomic(path.join(ownTemplates, `${id}.json`), `${JSON.stringify(template, null, 2)}\n`);
    } catch (error) {
      throw new AppError('io-error', `The template could not be saved: ${describeDiskProblem(error)}.`);
    }
    const named = (file: { fileName: string }) => file.fileName === `${id}.json`;
    return { id, replaced: own.some(named), replacesShipped: shipped.some(named) };
  }

  return {
    'meeting/setup': setup,
    'meeting/save-committee': saveCommittee,
    'meeting/new': newMeeting,
    'meeting/keep-roster': async (input) => {
      const kept = await committees.update(input.committeeId, (committee) => ({ ...committee, roster: rosterFromMeeting(committee.roster, input.roster) }));
      if (!kept)
        throw new AppError('invalid-payload', 'That committee is no longer set up, so its roster could not be changed. Set it up again from New meeting.');
      return { committee: kept };
    },
    'meeting/keep-snippets': async (input) => {
      const kept = await committees.update(input.committeeId, (committee) => ({ ...committee, snippets: input.snippets }));
      if (!kept)
        throw new AppError('invalid-payload', 'That committee is no longer set up, so its wording could not be kept. Set it up again from New meeting.');
      return { committee: kept };
    },
    'meeting/save-template': saveTemplate,
  } satisfies HandlerGroup<keyof typeof meetingChannels>;
}
