// Settings backed by conf — electron-store's engine — with the app's schema.
import Conf from 'conf';
import { settingsDefaults, settingsJsonSchema, type SettingsData } from '../../../electron/main/settings/settings-schema';
import { SettingsService } from '../../../electron/main/settings/settings-service';

export function createTestSettings(directory: string): SettingsService {
  const store = new Conf<SettingsData>({
    cwd: directory,
    configName: 'settings',
    projectName: 'minute-book-tests',
    defaults: settingsDefaults,
    schema: settingsJsonSchema,
    clearInvalidConfig: true,
  });
  return new SettingsService(store as unknown as { get(key: string): unknown; set(key: string, value: unknown): void });
}
