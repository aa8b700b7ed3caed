// Tells the page whether assistive technology is running, so it draws every
// block while one is (see accessibility-channels.ts). Changes are pushed by
// electron/main/accessibility/assistive-technology.ts.
import type { accessibilityChannels } from '../../../core/ipc/channels/accessibility-channels';
import type { AssistiveTechnologyState } from '../../../core/ipc/contract';
import type { HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';

export function createAccessibilityHandlers(deps: HandlerDeps) {
  async function assistiveTechnology(): Promise<AssistiveTechnologyState> {
    return { running: deps.assistiveTechnology.isRunning() };
  }
  return { 'accessibility/assistive-technology': assistiveTechnology } satisfies HandlerGroup<keyof typeof accessibilityChannels>;
}
