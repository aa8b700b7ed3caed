// Version snapshots are ordinary .minutes files in a per-document folder of
// the app's data folder; their names carry when and why they were taken, so
// listing needs no index file that could itself be damaged.

export const VERSION_REASONS = ['save', 'interval', 'before-restore'] as const;
export type VersionReason = (typeof VERSION_REASONS)[number];

/** At least one snapshot per this much editing, even without an explicit save. */
export const VERSION_INTERVAL_MS = 5 * 60 * 1000;
/** Snapshots kept per document and reason; older ones are pruned first. */
export const MAX_VERSIONS_PER_REASON = 60;

export interface VersionName {
  versionId: string;
  savedAt: Date;
  reason: VersionReason;
}

const VERSION_FILE = /^(\d{8}T\d{9}Z)-(\d{4})-(save|interval|before-restore)\.minutes$/;

/** "20220323T184500123Z-0001-save.minutes": sorts by time, unique per document. */
export function versionFileName(savedAt: Date, sequence: number, reason: VersionReason): string {
  const stamp = savedAt.toISOString().replace(/[-:.]/g, '');
  return `${stamp}-${String(sequence % 10000).padStart(4, '0')}-${reason}.minutes`;
}

export function parseVersionFileName(name: string): VersionName | null {
  const match = VERSION_FILE.exec(name);
  if (!match) return null;
  const stamp = match[1]!;
  const iso = `${stamp.slice(0, 4)}-${stamp.slice(4, 6)}-${stamp.slice(6, 8)}T${stamp.slice(9, 11)}:${stamp.slice(11, 13)}:${stamp.slice(13, 15)}.${stamp.slice(15, 18)}Z`;
  const savedAt = new Date(iso);
  if (Number.isNaN(savedAt.getTime())) return null;
  return { versionId: name.slice(0, -'.minutes'.length), savedAt, reason: match[3] as VersionReason };
}

export const versionIdSchemaPattern = /^\d{8}T\d{9}Z-\d{4}-(save|interval|before-restore)$/;

/** Newest first; within one reason, those beyond the limit are returned for pruning. */
export function versionsToPrune(names: ReadonlyArray<VersionName>, limit = MAX_VERSIONS_PER_REASON): VersionName[] {
  const prune: VersionName[] = [];
  for (const reason of VERSION_REASONS) {
    const ofReason = names.filter((name) => name.reason === reason).sort((a, b) => b.savedAt.getTime() - a.savedAt.getTime());
    prune.push(...ofReason.slice(limit));
  }
  return prune;
}
