// Shown while autosave cannot reach the disk (full, read-only, network drive
// gone, file locked): says why, that the text is safe, and when the next try
// is. It disappears by itself once a save succeeds.
import { useEffect, useState } from 'react';
import type { AutosaveView } from '../state/useAutosave';

export function DiskTroubleBanner({ autosave }: { autosave: AutosaveView }) {
  const { trouble, retryNow, closeRefused } = autosave;
  const phase = trouble?.phase ?? 'clean';
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (phase !== 'failed') return;
    const timer = window.setInterval(() => setNow(Date.now()), 1000);
    return () => window.clearInterval(timer);
  }, [phase]);

  if (!trouble || (phase !== 'failed' && !(phase === 'saving' && trouble.problem))) return null;
  const seconds = trouble.retryAt ? Math.max(0, Math.ceil((trouble.retryAt - now) / 1000)) : 0;
  return (
    <div className="mb-notice mb-disk-trouble" role="alert" data-testid="disk-trouble">
      <span>
        {trouble.problem} {phase === 'saving' ? 'Trying again now…' : `Trying again in ${seconds} s.`}
        {closeRefused ? ' The window stayed open so that nothing is lost.' : ''}
      </span>
      <button type="button" onClick={retryNow}>
        Retry now
      </button>
    </div>
  );
}
