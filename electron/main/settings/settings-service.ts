// Settings logic behind a tiny store interface: the app backs it with
// electron-store, tests with conf. Reads are checked, so a hand-edited or
// damaged settings file falls back to defaults instead of breaking start-up.
import { MAX_RECENT_FILES, settingsDefaults, type SettingsData, type WindowBounds } from './settings-schema';

/** The part of Conf / electron-store this module uses. */
export interface SettingsBackend {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export class SettingsService {
  constructor(private readonly backend: SettingsBackend) {}

  userName(): string {
    const value = this.backend.get('userName');
    return typeof value === 'string' ? value : settingsDefaults.userName;
  }

  setUserName(name: string): void {
    this.backend.set('userName', name.trim());
  }

  recentFiles(): string[] {
    const value = this.backend.get('recentFiles');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  }

  addRecentFile(filePath: string): void {
    const next = [filePath, ...this.recentFiles().filter((item) => item !== filePath)].slice(0, MAX_RECENT_FILES);
    this.backend.set('recentFiles', next);
  }

  windowBounds(): WindowBounds {
    const value = this.backend.get('windowBounds');
    return isBounds(value) ? value : settingsDefaults.windowBounds;
  }

  setWindowBounds(bounds: WindowBounds): void {
    this.backend.set('windowBounds', {
      ...bounds,
      width: Math.max(400, Math.round(bounds.width)),
      height: Math.max(300, Math.round(bounds.height)),
    });
  }

  snapshot(): SettingsData {
    return { userName: this.userName(), recentFiles: this.recentFiles(), windowBounds: this.windowBounds() };
  }
}

function isBounds(value: unknown): value is WindowBounds {
  if (typeof value !== 'object' || value === null) return false;
  const bounds = value as Record<string, unknown>;
  return typeof bounds.width === 'number' && typeof bounds.height === 'number' && typeof bounds.maximized === 'boolean';
}
