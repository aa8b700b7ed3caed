// Settings as the page may see them: names, never paths.
import type { InputOf, SettingsView } from '../../../core/ipc/contract';
import { displayNameOf } from '../documents/document-registry';
import type { HandlerDeps } from '../ports/handler-deps';
import type { HandlerGroup } from '../ports/handler-types';
import type { settingsChannels } from '../../../core/ipc/channels/settings-channels';

export function createSettingsHandlers(deps: HandlerDeps) {
  function view(): SettingsView {
    return {
      userName: deps.settings.userName(),
      recentDocuments: deps.settings.recentFiles().map((filePath) => ({ displayName: displayNameOf(filePath) })),
    };
  }

  async function getSettings(_input: InputOf<'settings/get'>): Promise<SettingsView> {
    return view();
  }

  async function setUserName(input: InputOf<'settings/set-user-name'>): Promise<SettingsView> {
    deps.settings.setUserName(input.userName);
    return view();
  }

  return { 'settings/get': getSettings, 'settings/set-user-name': setUserName } satisfies HandlerGroup<keyof typeof settingsChannels>;
}
