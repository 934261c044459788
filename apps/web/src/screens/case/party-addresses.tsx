import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { Field } from '../../components/field';
import { SET_PARTY_ADDRESS } from './housekeeping-queries';

type Party = { id: string; name: string; mailingAddress?: string | null };

/** One party's address and the form to give or change it; who may is the API's call. */
function PartyAddress({ party }: { party: Party }) {
  const [address, setAddress] = useState('');
  const [saved, setSaved] = useState(false);
  return (
    <ActionForm
      level={3}
      id={`address-${party.id}`}
      heading={`Set the mailing address of ${party.name}`}
      document={SET_PARTY_ADDRESS}
      variables={() => ({ input: { partyId: party.id, mailingAddress: address } })}
      button={`Save the address of ${party.name}`}
      onDone={() => {
        setAddress('');
        setSaved(true);
      }}
    >
      {party.mailingAddress ? (
        <p>
          On file:
          <span className="display-block text-pre-line padding-left-2">{party.mailingAddress}</span>
        </p>
      ) : (
        <p>No address yet: papers cannot be mailed to it.</p>
      )}
      <Field
        id={`address-${party.id}-lines`}
        label={`New address of ${party.name}`}
        hint="the lines below the name, as on an envelope, one per row"
        multiline
        value={address}
        onChange={(value) => {
          setSaved(false);
          setAddress(value);
        }}
      />
      {saved && (
        <p role="status" className="margin-top-2">
          The address of {party.name} is saved.
        </p>
      )}
    </ActionForm>
  );
}

/**
 * Where each party is served by mail (FRCP 5(b)(2)(C)). The API decides who may set it: the party's own
 * counsel or pro se litigant, or anyone while nobody represents the party on Parley.
 */
export function PartyAddresses({ parties }: { parties: readonly Party[] }) {
  return (
    <section aria-labelledby="addresses-heading" className="margin-top-4">
      <h2 id="addresses-heading">Mailing addresses</h2>
      <p>Papers go by mail to a party nobody represents on Parley, at the address on file here.</p>
      {parties.map((party) => (
        <PartyAddress key={party.id} party={party} />
      ))}
    </section>
  );
}
