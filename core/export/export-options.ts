// What the clerk chooses for one export: public or full version, which
// appendices, which formats. One schema serves the export dialog, the IPC
// channel and the command-line exporter, so all three mean the same thing.
import { z } from 'zod';

export const exportVersions = ['public', 'full'] as const;
export type ExportVersion = (typeof exportVersions)[number];

export const appendixKinds = ['glossary', 'actions', 'declarations', 'attendance'] as const;
export type AppendixKind = (typeof appendixKinds)[number];

export const appendixTitles: Record<AppendixKind, string> = {
  glossary: 'Glossary of acronyms',
  actions: 'Action log',
  declarations: 'Register of declarations of interest',
  attendance: 'Attendance record',
};

export const exportOptionsSchema = z.object({
  version: z.enum(exportVersions).default('public'),
  appendices: z.array(z.enum(appendixKinds)).max(appendixKinds.length).default([]),
});

export type ExportOptions = z.output<typeof exportOptionsSchema>;
