import { Button, Checkbox, Fieldset, Label, Select } from '@trussworks/react-uswds';
import { Field } from '../../components/field';
import { Side, SIDE_WORDS } from './open-case-queries';

export interface PartyRow {
  key: number;
  name: string;
  side: Side;
  proSe: boolean;
  incarcerated: boolean;
  mailingAddress: string;
}

let nextKey = 0;
export const newParty = (side: Side): PartyRow => ({
  key: nextKey++,
  name: '',
  side,
  proSe: false,
  incarcerated: false,
  mailingAddress: '',
});

/**
 * The parties of a new case, one group each, as many as the caption names. Two are the least a
 * case has, so only a third or later party offers to be removed.
 */
export function PartyRows({
  parties,
  onChange,
}: {
  parties: PartyRow[];
  onChange: (parties: PartyRow[]) => void;
}) {
  const update = (key: number, change: Partial<PartyRow>) =>
    onChange(parties.map((p) => (p.key === key ? { ...p, ...change } : p)));
  return (
    <>
      {parties.map((party, i) => {
        const n = i + 1;
        const id = `party-${party.key}`;
        return (
          <Fieldset key={party.key} legend={<strong>Party {n}</strong>} className="margin-top-3">
            <Field
              id={`${id}-name`}
              label={`Name of party ${n}`}
              hint="as in the caption"
              value={party.name}
              onChange={(name) => update(party.key, { name })}
            />
            <Label htmlFor={`${id}-side`}>Side of party {n}</Label>
            <Select
              id={`${id}-side`}
              name={`${id}-side`}
              value={party.side}
              onChange={(e) => update(party.key, { side: e.target.value as Side })}
            >
              {(Object.keys(SIDE_WORDS) as Side[]).map((side) => (
                <option key={side} value={side}>
                  {SIDE_WORDS[side]}
                </option>
              ))}
            </Select>
            <Checkbox
              id={`${id}-pro-se`}
              name={`${id}-pro-se`}
              label={`Party ${n} represents itself (pro se)`}
              checked={party.proSe}
              onChange={(e) => update(party.key, { proSe: e.target.checked })}
            />
            <Checkbox
              id={`${id}-incarcerated`}
              name={`${id}-incarcerated`}
              label={`Party ${n} is in custody`}
              checked={party.incarcerated}
              onChange={(e) => update(party.key, { incarcerated: e.target.checked })}
            />
            <Field
              id={`${id}-address`}
              label={`Mailing address of party ${n}`}
              hint="the lines below the name, as on an envelope, one per row"
              multiline
              optional
              value={party.mailingAddress}
              onChange={(mailingAddress) => update(party.key, { mailingAddress })}
            />
            {parties.length > 2 && (
              <Button
                type="button"
                unstyled
                className="margin-top-2"
                onClick={() => onChange(parties.filter((p) => p.key !== party.key))}
              >
                Remove party {n}
                {party.name.trim() ? ` (${party.name.trim()})` : ''}
              </Button>
            )}
          </Fieldset>
        );
      })}
      <Button
        type="button"
        outline
        className="margin-top-2"
        onClick={() => onChange([...parties, newParty('DEFENDANT')])}
      >
        Add another party
      </Button>
    </>
  );
}
