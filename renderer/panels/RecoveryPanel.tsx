// Unsaved work left by a crash or a closed window, for when the clerk said
// "Not now" at start-up: the same list, always reachable from the side panels.
import { RecoveryOffer } from '../components/RecoveryOffer';
import type { PanelProps } from './panel-types';

export function RecoveryPanel({ session }: PanelProps) {
  return <RecoveryOffer session={session} inPanel />;
}
