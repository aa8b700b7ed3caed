// Seed 000's committee, pasted as a clerk would paste it, deliberately out of
// surname order so the heading has to sort it.
export const SEED_000_ROSTER_LINES = [
  'Councillor S Wright (Chair)',
  'Councillor M Whitby',
  'Councillor C Boles',
  'Councillor T Tarig',
  'Councillor S Butler',
  'Councillor L McBriar',
  'Councillor P Cropper',
  'Councillor J Lancaster',
  'Councillor D Quinn',
  'Councillor T Pilkington',
  'Helen Chadwick — Trade Union Representative',
  'Georgia Murphy — Youth Cabinet Chair',
  'Jacqui Dennis — Director of Law and Democratic Services',
  'Jeanette Richards — Executive Director of Children and Young People',
  'Kelly Barnett — Democratic Services Officer',
].join('\n');

/** The heading lines of /work/shared/reference/000_*.txt, with its wrapped lines rejoined. */
export const SEED_000_HEADING = [
  { label: 'Minutes of:', text: 'CHILDREN AND YOUNG PEOPLE SCRUTINY COMMITTEE' },
  { label: 'Date of Meeting:', text: '23 March 2022' },
  { label: 'Present:', text: 'Councillor S Wright (in the Chair)' },
  { label: '', text: 'Councillors C Boles, S Butler, P Cropper, J Lancaster, L McBriar, T Pilkington, D Quinn, T Tarig and M Whitby' },
  { label: '', text: 'Helen Chadwick — Trade Union Representative.' },
  {
    label: 'Also in attendance:',
    text: 'Jacqui Dennis — Director of Law and Democratic Services, Jeanette Richards — Executive Director of Children and Young People, Kelly Barnett — Democratic Services Officer.',
  },
  { label: 'Public Attendance:', text: 'No members of the public were present at the meeting.' },
  { label: 'Apologies for Absence:', text: 'Georgia Murphy — Youth Cabinet Chair' },
];
