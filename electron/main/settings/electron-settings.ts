// electron-store in the app; the same schema backs conf in tests.
import Store from 'electron-store';
import { settingsDefaults, settingsJsonSchema, type SettingsData } from './settings-schema';
import { SettingsService } from './settings-service';

export function createElectronSettings(): SettingsService {
  const store = new Store<SettingsData>({
    name: 'settings',
    defaults: settingsDefaults,
    schema: settingsJsonSchema,
    clearInvalidConfig: true,
  });
  return new SettingsService(store as unknown as { get(key: string): unknown; set(key: string, value: unknown): void });
}
