// Opens the house style editor from anywhere in the window (Ctrl+Shift+L, in
// the shortcut sheet with the other app commands) on the open meeting's style,
// and gives the keyboard back where it was on closing.
import type { Meeting } from '../../core/model/meeting';
import { useDialog } from '../dialogs/useDialog';
import { useAppCommands } from '../state/useAppCommands';
import { HouseStyleEditorDialog } from './HouseStyleEditorDialog';

export function HouseStyleLauncher({ meeting }: { meeting: Pick<Meeting, 'houseStyleId'> }) {
  const dialog = useDialog();
  useAppCommands({ 'house-styles': () => dialog.open(true) });
  // The committees' choices are read afresh when New meeting opens, so a save here needs no news passed on.
  return dialog.shown ? <HouseStyleEditorDialog initialId={meeting.houseStyleId ?? null} onSaved={() => undefined} onClose={dialog.close} /> : null;
}
