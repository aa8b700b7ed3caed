// The close of minutes in a house style's words ("Meeting closed at 8.40 pm")
// and its signature block (none where the style has none), in the style's
// order. The export prints these blocks and the editor's close shows them, so
// the clerk sees the close the minutes will end with.
import type { HouseStyle } from '../house-style/house-style-schema';
import { fill, formatTime, SIGNATURE_DATE_LINE } from '../house-style/house-style-wording';
import type { LayoutBlock } from './layout-model';

/** The chair who signs and the times, as recorded ("" for a time not recorded). */
export interface CloseRecord {
  chair: string;
  startedAt: string;
  endedAt: string;
}

/** A time not recorded is never printed as a gap: the close wording is left out. No chair named: no signature. */
export function styledCloseBlocks(house: HouseStyle, { chair, startedAt, endedAt }: CloseRecord): Array<Extract<LayoutBlock, { kind: 'note' | 'signature' }>> {
  const wording = house.close.wording;
  const missing = (wording.includes('{start}') && !startedAt) || (wording.includes('{end}') && !endedAt);
  const time = (clock: string) => clock && formatTime(clock, house.datesAndTimes.time);
  const close = missing || !wording.trim() ? [] : [{ kind: 'note' as const, text: fill(wording, { start: time(startedAt), end: time(endedAt) }) }];
  const signature = house.close.signature;
  const signed =
    signature && chair.trim()
      ? [
          {
            kind: 'signature' as const,
            name: fill(signature.name, { chair, CHAIR: chair.toLocaleUpperCase('en-GB') }),
            role: signature.role,
            ...(signature.dated ? { dateLine: SIGNATURE_DATE_LINE } : {}),
          },
        ]
      : [];
  return house.close.order === 'close-then-signature' ? [...close, ...signed] : [...signed, ...close];
}
