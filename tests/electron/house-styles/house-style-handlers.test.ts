// The council's own house styles through dispatch(), as ipcMain calls them:
// kept one file each beside the committees, checked with the schema on the way
// in, a damaged file listed with its sentence and never overwritten, shipped
// styles read-only.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import type { HouseStyle } from '../../../core/house-style/house-style-schema';
import { shippedHouseStyles } from '../../../core/house-style/shipped-house-styles';
import type { HouseStyleList } from '../../../core/ipc/channels/house-style-channels';
import { handlerRig, type HandlerRig } from '../support/handler-rig';

let rig: HandlerRig;
let stylesDirectory: string;

const wirral = shippedHouseStyles().styles.find((entry) => entry.id === 'wirral-planning')!.style;
const ours: HouseStyle = { ...structuredClone(wirral), name: 'Wirral (our copy)', resolutions: { ...wirral.resolutions, label: 'RESOLVED:' } };

beforeEach(async () => {
  rig = await handlerRig('house-styles');
  stylesDirectory = path.join(rig.dataDirectory, 'house-styles');
});

describe('own house styles', () => {
  it('are saved one validated file each beside the committees, listed after the shipped ones, and read back', async () => {
    await rig.call('house-style/save', { id: 'wirral-own', style: ours });
    const onDisk = JSON.parse(await readFile(path.join(stylesDirectory, 'wirral-own.json'), 'utf8'));
    expect(onDisk.resolutions.label).toBe('RESOLVED:');

    const list = await rig.call<HouseStyleList>('house-style/list', {});
    expect(list.styles.map((entry) => [entry.id, entry.source])).toEqual([
      ['bury', 'shipped'],
      ['gotham-parish-planning', 'shipped'],
      ['neddc-cabinet', 'shipped'],
      ['wirral-planning', 'shipped'],
      ['wirral-own', 'own'],
    ]);
    expect(list.damaged).toEqual([]);
    const read = await rig.call<{ source: string; style: HouseStyle }>('house-style/read', { id: 'wirral-own' });
    expect(read).toMatchObject({ source: 'own', style: { name: 'Wirral (our copy)' } });
  });

  it('keep the previous copy when saved again, and are not confused with it when listed', async () => {
    await rig.call('house-style/save', { id: 'wirral-own', style: ours });
    await rig.call('house-style/save', { id: 'wirral-own', style: { ...ours, name: 'Wirral (second go)' } });
    const backup = JSON.parse(await readFile(path.join(stylesDirectory, 'wirral-own.backup.json'), 'utf8'));
    expect(backup.name).toBe('Wirral (our copy)');
    const list = await rig.call<HouseStyleList>('house-style/list', {});
    expect(list.styles.filter((entry) => entry.source === 'own').map((entry) => entry.name)).toEqual(['Wirral (second go)']);
  });

  it('refuses a style with a placeholder its field does not fill, with the sentence naming the field and the fix, and writes nothing', async () => {
    const refusal = await rig.refusal('house-style/save', { id: 'wirral-own', style: { ...ours, votes: { ...ours.votes, motion: 'Proposed by {proposer}' } } });
    expect(refusal.code).toBe('invalid-payload');
    expect(refusal.message).toContain(
      'House style “wirral-own.json”: field “votes.motion” has the placeholder {proposer}, which this field does not fill. Fix: use only {mover}, {seconder}.',
    );
    await expect(readdir(stylesDirectory)).rejects.toThrow();
  });

  it('refuses an unknown field and an id that is not a safe file name', async () => {
    expect((await rig.refusal('house-style/save', { id: 'wirral-own', style: { ...ours, colour: 'red' } })).message).toContain('“colour” is not a field');
    expect((await rig.refusal('house-style/save', { id: '../committees', style: ours })).code).toBe('invalid-payload');
    expect((await rig.refusal('house-style/save', { id: 'wirral-own', style: ours, extra: 1 })).code).toBe('invalid-payload');
  });

  it('lists a damaged file with its sentence, keeps the others usable, and never overwrites it', async () => {
    await rig.call('house-style/save', { id: 'good-own', style: ours });
    const damaged = '{ "formatVersion": 1, "name": "Half a style" ';
    await writeFile(path.join(stylesDirectory, 'broken-own.json'), damaged);

    const list = await rig.call<HouseStyleList>('house-style/list', {});
    expect(list.styles.filter((entry) => entry.source === 'own').map((entry) => entry.id)).toEqual(['good-own']);
    expect(list.damaged).toEqual([
      {
        id: 'broken-own',
        fileName: 'broken-own.json',
        problem: expect.stringMatching(/^House style “broken-own\.json” is not valid JSON at line 1, column \d+\. Fix: /),
      },
    ]);

    const refusal = await rig.refusal('house-style/save', { id: 'broken-own', style: ours });
    expect(refusal.message).toContain('Minute Book will not replace a damaged file');
    expect(await readFile(path.join(stylesDirectory, 'broken-own.json'), 'utf8')).toBe(damaged);
    expect((await rig.refusal('house-style/read', { id: 'broken-own' })).message).toContain('is not valid JSON');
  });

  it('describes a file that is valid JSON but not a valid style by its field', async () => {
    await mkdir(stylesDirectory, { recursive: true });
    await writeFile(path.join(stylesDirectory, 'typo-own.json'), JSON.stringify({ ...ours, close: { ...ours.close, wording: 'Closed at {finish}' } }));
    const list = await rig.call<HouseStyleList>('house-style/list', {});
    expect(list.damaged[0]?.problem).toBe(
      'House style “typo-own.json”: field “close.wording” has the placeholder {finish}, which this field does not fill. Fix: use only {start}, {end}.',
    );
  });

  it('keeps the shipped styles read-only: they cannot be saved over or deleted, and a file named like one is damaged', async () => {
    expect((await rig.refusal('house-style/save', { id: 'bury', style: ours })).message).toContain('Copy to edit');
    expect((await rig.refusal('house-style/delete', { id: 'bury' })).code).toBe('not-allowed');
    await mkdir(stylesDirectory, { recursive: true });
    await writeFile(path.join(stylesDirectory, 'bury.json'), JSON.stringify(ours));
    const list = await rig.call<HouseStyleList>('house-style/list', {});
    expect(list.styles.filter((entry) => entry.id === 'bury').map((entry) => entry.name)).toEqual(['Bury Council']);
    expect(list.damaged[0]?.problem).toContain('has the name of a style Minute Book ships');
  });

  it('deletes an own style by setting its file aside, so nothing is lost', async () => {
    await rig.call('house-style/save', { id: 'wirral-own', style: ours });
    await rig.call('house-style/delete', { id: 'wirral-own' });
    expect(await readdir(stylesDirectory)).toEqual(['wirral-own.backup.json']);
    expect((await rig.call<HouseStyleList>('house-style/list', {})).styles.some((entry) => entry.id === 'wirral-own')).toBe(false);
    expect((await rig.refusal('house-style/read', { id: 'wirral-own' })).message).toContain('no longer there');
  });

  it('refuses to delete a style a committee uses', async () => {
    await rig.call('house-style/save', { id: 'wirral-own', style: ours });
    // Written as the committees file holds it once committees may name their own styles.
    await writeFile(
      path.join(rig.dataDirectory, 'committees.json'),
      JSON.stringify({ version: 1, committees: [{ id: 'planning', name: 'Planning Committee', houseStyleId: 'wirral-own' }] }),
    );
    const refusal = await rig.refusal('house-style/delete', { id: 'wirral-own' });
    // Until committees accept own style ids, the committees file above reads as damaged: either way nothing is deleted.
    expect(refusal.code === 'not-allowed' ? refusal.message : 'damaged').toMatch(/“Planning Committee” uses this house style|damaged/);
    expect(await readdir(stylesDirectory)).toContain('wirral-own.json');
  });
});
