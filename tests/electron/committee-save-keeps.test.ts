// Changing a committee in the New meeting dialog must not undo what other
// windows kept for it meanwhile: wording and glossary have their own channels,
// so the dialog's (possibly stale) copies of them lose to the stored ones.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { nodeFileStore } from '../../electron/main/adapters/node-file-store';
import { createHandlerTable, type HandlerTable } from '../../electron/main/handlers/handler-table';
import { nodeTemplateFolders, repositoryTemplatesDirectory } from '../../electron/main/meetings/node-template-folders';
import { ScriptedDialogs } from '../e2e/harness/scripted-dialogs';
import { createTestSettings } from '../e2e/harness/test-settings';
import { TestWindows } from '../e2e/harness/test-windows';
import { dispatcher } from './dispatch-kit';

let table: HandlerTable;
const { call } = dispatcher(() => table);

interface Saved {
  committee: { id: string; name: string; quorum: number; glossary: Array<{ acronym: string }>; snippets: Array<{ name: string }> };
}

beforeEach(async () => {
  const directory = await mkdtemp(path.join(tmpdir(), 'minute-book-committee-'));
  table = createHandlerTable({
    files: nodeFileStore,
    dialogs: new ScriptedDialogs(),
    windows: new TestWindows(),
    clock: { now: () => new Date('2022-03-23T18:00:00Z') },
    settings: createTestSettings(path.join(directory, 'settings')),
    storage: { dataDirectory: path.join(directory, 'app-data') },
    templates: nodeTemplateFolders(repositoryTemplatesDirectory),
  });
});

describe('meeting/save-committee', () => {
  it('keeps wording and glossary kept meanwhile, and takes everything the dialog changes', async () => {
    const created = await call<Saved>('meeting/save-committee', {
      committee: { id: '', name: 'Licensing Committee', quorum: 3, glossary: [{ acronym: 'TEN', meaning: 'Temporary Event Notice' }] },
    });
    const seenByDialog = created.committee;
    // Meanwhile, another window keeps wording and an acronym for the committee.
    await call('meeting/keep-snippets', { committeeId: seenByDialog.id, snippets: [{ name: 'Noted', text: 'The committee noted the update.' }] });
    await call('glossary/keep-for-committee', { committeeId: seenByDialog.id, entry: { acronym: 'DPS', meaning: 'Designated Premises Supervisor' } });

    // The dialog, opened before, saves its change with its old copies of both.
    const saved = await call<Saved>('meeting/save-committee', { committee: { ...seenByDialog, name: 'Licensing and Safety Committee', quorum: 4 } });
    expect(saved.committee).toMatchObject({ id: seenByDialog.id, name: 'Licensing and Safety Committee', quorum: 4, snippets: [{ name: 'Noted' }] });
    expect(saved.committee.glossary.map((entry) => entry.acronym).sort()).toEqual(['DPS', 'TEN']);
    const setup = await call<{ committees: Saved['committee'][] }>('meeting/setup', {});
    expect(setup.committees).toHaveLength(1);
    expect(setup.committees[0]).toMatchObject({ name: 'Licensing and Safety Committee', snippets: [{ name: 'Noted' }] });
  });
});
