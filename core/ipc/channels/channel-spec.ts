// The shape of one IPC channel's entry in the contract, and helpers shared by
// the per-area channel files.
import { z } from 'zod';

export interface ChannelSpec {
  /** The name of the method on window.minuteBook. */
  method: string;
  input: z.ZodType;
  output: z.ZodType;
}

export const noInput = z.object({}).strict();
