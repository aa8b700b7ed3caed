// The user's settings and their JSON schema, shared by electron-store in the
// app and by conf (electron-store's engine) in tests, so both validate alike.

export interface WindowBounds {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export interface SettingsData {
  userName: string;
  recentFiles: string[];
  windowBounds: WindowBounds;
}

export const MAX_RECENT_FILES = 10;

export const settingsDefaults: SettingsData = {
  userName: '',
  recentFiles: [],
  windowBounds: { width: 1200, height: 860, maximized: false },
};

export const settingsJsonSchema = {
  userName: { type: 'string', maxLength: 120 },
  recentFiles: { type: 'array', items: { type: 'string' }, maxItems: MAX_RECENT_FILES },
  windowBounds: {
    type: 'object',
    properties: {
      x: { type: 'integer' },
      y: { type: 'integer' },
      width: { type: 'integer', minimum: 400 },
      height: { type: 'integer', minimum: 300 },
      maximized: { type: 'boolean' },
    },
    required: ['width', 'height', 'maximized'],
  },
} as const;
