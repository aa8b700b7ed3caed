// Channels for the user's settings, as the page may see them (no paths).
import { z } from 'zod';
import { noInput, type ChannelSpec } from './channel-spec';

export const settingsViewSchema = z.object({
  userName: z.string(),
  recentDocuments: z.array(z.object({ displayName: z.string() })),
});

export const settingsChannels = {
  'settings/get': { method: 'getSettings', input: noInput, output: settingsViewSchema },
  'settings/set-user-name': {
    method: 'setUserName',
    input: z.object({ userName: z.string().trim().min(1).max(120) }).strict(),
    output: settingsViewSchema,
  },
} as const satisfies Record<string, ChannelSpec>;

export type SettingsView = z.infer<typeof settingsViewSchema>;
