// How this meeting words its resolutions: the words before them ("It was
// agreed:", "Resolved:", "It Was Agreed:") and numbers or bullet points. A
// template sets them; a committee whose minutes read differently (seed 004:
// "It Was Agreed: · The update be noted") changes them here once, instead of
// retyping every heading, and "Save as template" keeps them for next time.
import { resolutionsBulleted, resolutionsHeading } from '../../core/minutes/meeting-context';
import type { Meeting } from '../../core/model/meeting';
import { Checkbox } from '../design/Checkbox';
import { DraftField } from './DraftField';

interface ResolutionsWordingProps {
  meeting: Meeting;
  update(updater: (current: Meeting) => Meeting): void;
}

export function ResolutionsWording({ meeting, update }: ResolutionsWordingProps) {
  const setWording = (patch: Record<string, string>) => update((current) => ({ ...current, wording: { ...current.wording, ...patch } }));
  return (
    <fieldset className="mb-resolutions-wording">
      <legend>Resolutions (new ones from Ctrl+Alt+A)</legend>
      {/* The meeting's schema allows 80 characters; blank would fall back to the default, so it is not taken. */}
      <DraftField
        label="Words before resolutions"
        maxLength={80}
        stored={resolutionsHeading(meeting)}
        read={(text) => text.trim() !== ''}
        onUsable={(text) => setWording({ resolutionsHeading: text.trim() })}
      />
      <Checkbox isSelected={resolutionsBulleted(meeting)} onChange={(bulleted) => setWording({ resolutionsStyle: bulleted ? 'bulleted' : 'numbered' })}>
        As bullet points
      </Checkbox>
    </fieldset>
  );
}
