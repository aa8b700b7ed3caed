// A person on a committee's roster. Rosters are kept per committee and
// snapshotted into each meeting, so old minutes keep the names they had.
import { z } from 'zod';

export const personRoles = [
  'chair',
  'vice-chair',
  'member',
  'co-opted-member',
  'substitute',
  'officer',
  'trade-union-representative',
  'youth-representative',
  'guest',
] as const;

export const personSchema = z.looseObject({
  id: z.string().min(1).max(64),
  /** "Councillor", "Cllr", or "" for officers and others. */
  title: z.string().max(40),
  /** As printed after the title: "S Wright", "Helen Chadwick". */
  name: z.string().trim().min(1).max(120),
  /**
   * The council's short form of the name where it cannot be worked out from `name` ("R Berry" for "Bob Berry"):
   * printed where the house style names people by initials and surname. Absent or blank: the initials of `name`.
   */
  shortName: z.string().trim().max(120).optional(),
  role: z.enum(personRoles),
  /** Officers' and representatives' job titles: "Director of Law and Democratic Services". */
  jobTitle: z.string().max(200),
  /** Counts towards quorum and may vote. */
  voting: z.boolean(),
  /** Retired people stay in old meetings but are not offered for new ones. */
  retired: z.boolean(),
});

export type Person = z.infer<typeof personSchema>;
export type PersonRole = (typeof personRoles)[number];

/** Each role in the clerk's words, for the roster editor and for sentences about the roster. */
export const roleLabels: Record<PersonRole, string> = {
  chair: 'Chair',
  'vice-chair': 'Vice-chair',
  member: 'Member',
  'co-opted-member': 'Co-opted member',
  substitute: 'Substitute',
  officer: 'Officer',
  'trade-union-representative': 'Trade union representative',
  'youth-representative': 'Youth representative',
  guest: 'Guest',
};

/** Roles held for one meeting only: a substitute or a guest is not carried to the committee's next meeting. */
export const oneMeetingRoles: ReadonlySet<PersonRole> = new Set(['substitute', 'guest']);

/** Roles that sit on the committee and vote; officers, representatives and guests attend without a vote. */
const votingRoles = new Set<PersonRole>(['chair', 'vice-chair', 'member', 'co-opted-member', 'substitute']);

/**
 * Whether someone in this role counts towards quorum and votes unless the
 * clerk says otherwise: used when a roster is pasted and when a role is
 * changed, so a Cabinet Member made a guest stops counting as a member.
 */
export function votesByDefault(role: PersonRole): boolean {
  return votingRoles.has(role);
}
