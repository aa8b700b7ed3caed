// The people on a roster: add, edit, reorder and retire them, or paste a list
// ("Councillor S Wright (Chair)", "Jacqui Dennis — Director of Law…") to add
// many at once. Used for a committee's roster and a meeting's own copy.
// People added here since the editor opened can be removed outright (a bad
// paste leaves no retired junk behind), and a pasted row the reader had
// doubts about says so beside it until the clerk fixes or removes it.
import { useState } from 'react';
import { personRoles, roleLabels, votesByDefault, type Person, type PersonRole } from '../../core/model/person';
import { readRosterLines } from '../../core/model/roster-import';
import { DraftField } from './DraftField';
import { Button } from '../design/Button';
import { Checkbox } from '../design/Checkbox';
import { TextField } from '../design/TextField';
import { Select } from '../design/Select';

function newPersonId(): string {
  return `person-${crypto.randomUUID()}`;
}

interface RosterEditorProps {
  people: ReadonlyArray<Person>;
  onChange(people: Person[]): void;
  /** Whether to show retired people (a committee's roster keeps them; hidden while taking a register). */
  showRetired?: boolean;
}

export function RosterEditor({ people, onChange, showRetired = true }: RosterEditorProps) {
  const [pasted, setPasted] = useState('');
  const [problems, setProblems] = useState<string[]>([]);
  /** The person just added, whose name takes the focus to be typed over. */
  const [added, setAdded] = useState<string | null>(null);
  /** People added since the editor opened (no meeting refers to them yet), with the paste's doubts about each. */
  const [fresh, setFresh] = useState<ReadonlyMap<string, string[]>>(new Map());

  const change = (index: number, patch: Partial<Person>) => onChange(people.map((person, at) => (at === index ? { ...person, ...patch } : person)));
  // A new role brings its usual vote (a member made a guest stops counting towards quorum); Votes can still be changed after.
  const changeRole = (index: number, role: PersonRole) => change(index, { role, voting: votesByDefault(role) });
  const move = (index: number, by: number) => {
    const target = index + by;
    if (target < 0 || target >= people.length) return;
    const next = [...people];
    [next[index], next[target]] = [next[target]!, next[index]!];
    onChange(next);
  };
  const importPasted = () => {
    const result = readRosterLines(pasted, () => newPersonId());
    setProblems(result.problems);
    if (result.rows.length === 0) return;
    setFresh(new Map([...fresh, ...result.rows.map((row) => [row.person.id, row.doubts] as const)]));
    onChange([...people, ...result.rows.map((row) => row.person)]);
    setPasted('');
  };
  const add = () => {
    const id = newPersonId();
    setAdded(id);
    setFresh(new Map([...fresh, [id, []]]));
    onChange([...people, { id, title: 'Councillor', name: 'New member', role: 'member', jobTitle: '', voting: true, retired: false }]);
  };

  return (
    <div className="mb-roster-editor" data-testid="roster-editor">
      <ol className="mb-roster-list">
        {people.map((person, index) =>
          !showRetired && person.retired ? null : (
            <li key={person.id} className={person.retired ? 'mb-retired' : undefined} data-testid="roster-person">
              <TextField
                aria-label={`Title of ${person.name}`}
                className="mb-roster-title"
                maxLength={40}
                value={person.title}
                onChange={(title) => change(index, { title })}
              />
              {/* A name is never blank in the meeting (it could not be saved); emptied while retyping, the old one stands. */}
              <DraftField
                label={`Name of ${person.name}`}
                maxLength={120}
                stored={person.name}
                read={(text) => text.trim() !== ''}
                onUsable={(name) => change(index, { name })}
                autoFocus={person.id === added}
              />
              <Select<PersonRole>
                aria-label={`Role of ${person.name}`}
                className="mb-roster-role"
                options={personRoles.map((role) => ({ value: role, label: roleLabels[role] }))}
                value={person.role}
                onChange={(role) => changeRole(index, role)}
              />
              <TextField
                aria-label={`Job title of ${person.name}`}
                placeholder="Job title"
                maxLength={200}
                value={person.jobTitle}
                onChange={(jobTitle) => change(index, { jobTitle })}
              />
              {/* Printed where the house style names by initials and surname, when the initials of the name are not it. */}
              <TextField
                aria-label={`Short form of ${person.name}`}
                placeholder="Short form (S Kelly)"
                maxLength={120}
                value={person.shortName ?? ''}
                onChange={(shortName) => change(index, { shortName })}
              />
              <Checkbox isSelected={person.voting} onChange={(voting) => change(index, { voting })}>
                Votes
              </Checkbox>
              <Button aria-label={`Move ${person.name} up`} onPress={() => move(index, -1)} isDisabled={index === 0}>
                ↑
              </Button>
              <Button aria-label={`Move ${person.name} down`} onPress={() => move(index, 1)} isDisabled={index === people.length - 1}>
                ↓
              </Button>
              {fresh.has(person.id) ? (
                <Button aria-label={`Remove ${person.name}`} onPress={() => onChange(people.filter((_, at) => at !== index))}>
                  Remove
                </Button>
              ) : (
                <Button onPress={() => change(index, { retired: !person.retired })}>{person.retired ? 'Restore' : 'Retire'}</Button>
              )}
              {fresh.get(person.id)?.map((doubt) => (
                <p key={doubt} className="mb-form-note" data-testid="roster-doubt">
                  {doubt}
                </p>
              ))}
            </li>
          ),
        )}
      </ol>
      <Button onPress={add}>Add a person</Button>
      <div className="mb-roster-import">
        <TextField
          label="Paste names, one a line"
          rows={4}
          value={pasted}
          placeholder={'Councillor S Wright (Chair)\nHelen Chadwick — Trade Union Representative'}
          onChange={setPasted}
        />
        <Button onPress={importPasted} isDisabled={!pasted.trim()}>
          Add these people
        </Button>
        {problems.map((problem) => (
          <p key={problem} role="alert" className="mb-form-problem">
            {problem}
          </p>
        ))}
      </div>
    </div>
  );
}
