// Whether assistive technology (a screen reader, say) is running, as Electron
// knows it. The page skips drawing off-screen blocks only while none is, since
// skipped blocks leave the accessibility tree in this Chromium (docs/typing-speed.md).
import { z } from 'zod';
import { noInput, type ChannelSpec } from './channel-spec';

export const assistiveTechnologySchema = z.object({ running: z.boolean() }).strict();

export const accessibilityChannels = {
  'accessibility/assistive-technology': { method: 'assistiveTechnology', input: noInput, output: assistiveTechnologySchema },
} as const satisfies Record<string, ChannelSpec>;

export type AssistiveTechnologyState = z.infer<typeof assistiveTechnologySchema>;
