import { Fieldset, Label, Select } from '@trussworks/react-uswds';
import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { Field } from '../../components/field';
import { CREATE_CASE, Role, ROLE_WORDS } from './open-case-queries';
import { newParty, PartyRow, PartyRows } from './party-rows';

function DateField({
  id,
  label,
  value,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <>
      <Label htmlFor={id} hint=" (optional)">
        {label}
      </Label>
      <input
        id={id}
        name={id}
        className="usa-input"
        type="date"
        value={value}
        onChange={(e) => onChange(e.target.value)}
      />
    </>
  );
}

/**
 * Open a case as it stands on the court's docket: its caption, its parties, and which of them you
 * represent and as what. Whether it all fits together is the API's judgment, shown as it gives it.
 */
export function OpenCaseForm({
  courts,
  onOpened,
}: {
  courts: ReadonlyArray<{ id: string; name: string }>;
  onOpened: (caseId: string) => void;
}) {
  const [courtId, setCourtId] = useState(courts[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [docketNumber, setDocketNumber] = useState('');
  const [judge, setJudge] = useState('');
  const [parties, setParties] = useState<PartyRow[]>(() => [newParty('PLAINTIFF'), newParty('DEFENDANT')]);
  const [myKey, setMyKey] = useState<number | null>(null);
  const [myRole, setMyRole] = useState<Role>('COUNSEL');
  const [cutoff, setCutoff] = useState('');
  const [conference, setConference] = useState('');
  const mine = parties.find((p) => p.key === myKey) ?? parties[0];

  return (
    <ActionForm
      id="open-case"
      heading="The case as on the court’s docket"
      document={CREATE_CASE}
      variables={() => ({
        input: {
          courtId,
          title,
          docketNumber,
          judge,
          parties: parties.map(({ name, side, proSe, incarcerated, mailingAddress }) => ({
            name,
            side,
            proSe,
            incarcerated,
            mailingAddress: mailingAddress.trim() ? mailingAddress : null,
          })),
          myPartyIndex: parties.indexOf(mine),
          myRole,
          discoveryCutoffOn: cutoff || null,
          rule26fConferenceOn: conference || null,
        },
      })}
      button="Open the case"
      onDone={(data) => onOpened(data.createCase.id)}
    >
      <Label htmlFor="case-court">Court</Label>
      <Select id="case-court" name="case-court" value={courtId} onChange={(e) => setCourtId(e.target.value)}>
        {courts.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Select>
      <Field
        id="case-title"
        label="Title"
        hint="for example, Luckert v. Brannon"
        value={title}
        onChange={setTitle}
      />
      <Field
        id="case-docket"
        label="Docket number"
        hint="as on the docket, for example, C 13-4426 EDL (PR)"
        value={docketNumber}
        onChange={setDocketNumber}
      />
      <Field id="case-judge" label="Judge" value={judge} onChange={setJudge} />
      <h3 className="margin-top-4">Parties</h3>
      <PartyRows parties={parties} onChange={setParties} />
      <Fieldset legend={<strong>Who you are in the case</strong>} className="margin-top-3">
        <Label htmlFor="case-my-party">You represent</Label>
        <Select
          id="case-my-party"
          name="case-my-party"
          value={String(mine?.key ?? '')}
          onChange={(e) => setMyKey(Number(e.target.value))}
        >
          {parties.map((p, i) => (
            <option key={p.key} value={p.key}>
              Party {i + 1}
              {p.name.trim() ? `: ${p.name.trim()}` : ''}
            </option>
          ))}
        </Select>
        <Label htmlFor="case-my-role">As</Label>
        <Select
          id="case-my-role"
          name="case-my-role"
          value={myRole}
          onChange={(e) => setMyRole(e.target.value as Role)}
        >
          {(Object.keys(ROLE_WORDS) as Role[]).map((role) => (
            <option key={role} value={role}>
              {ROLE_WORDS[role]}
            </option>
          ))}
        </Select>
      </Fieldset>
      <Fieldset legend={<strong>Dates already set</strong>} className="margin-top-3">
        <DateField
          id="case-conference"
          label="Rule 26(f) conference"
          value={conference}
          onChange={setConference}
        />
        <DateField id="case-cutoff" label="Discovery cut-off" value={cutoff} onChange={setCutoff} />
      </Fieldset>
    </ActionForm>
  );
}
