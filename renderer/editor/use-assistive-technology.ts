// Whether assistive technology is running, as main reports it: asked once,
// then kept up to date by main's pushes. Until main answers, or if it cannot,
// it counts as running, so the editor draws every block (only slower).
import { useEffect, useState } from 'react';
import { call, minuteBookApi } from '../ipc/minute-book-api';

export function useAssistiveTechnologyRunning(): boolean {
  const [running, setRunning] = useState(true);
  useEffect(() => {
    const api = minuteBookApi();
    let pushed = false;
    const unsubscribe = api.onAssistiveTechnologyChange((now) => {
      pushed = true;
      setRunning(now);
    });
    call(api.assistiveTechnology({}))
      .then((state) => {
        // A change pushed while the question was in flight is newer than the answer.
        if (!pushed) setRunning(state.running);
      })
      .catch(() => setRunning(true));
    return unsubscribe;
  }, []);
  return running;
}
