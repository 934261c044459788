import { Alert } from '@trussworks/react-uswds';
import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { Field } from '../../components/field';
import { Signer, UPDATE_SIGNATURE_BLOCK } from './signature-queries';

type Block = { name: string; mailingAddress: string; telephone: string; firm: string; barNumber: string };
type Line = Exclude<keyof Block, 'name'>;
const LINES: Line[] = ['mailingAddress', 'telephone', 'firm', 'barNumber'];

function blockOf(signer: Signer): Block {
  const profile = signer.signerProfile;
  return {
    name: signer.name,
    mailingAddress: profile?.mailingAddress ?? '',
    telephone: profile?.telephone ?? '',
    firm: profile?.firm ?? '',
    barNumber: profile?.barNumber ?? '',
  };
}

/**
 * Only what was changed is sent, since the API leaves an omitted field as it is; a line emptied is
 * sent as null, which is how the API clears one. The name goes as typed, so an empty one is refused
 * in the API's words rather than quietly kept.
 */
function changes(saved: Block, typed: Block) {
  const input: { name?: string } & Partial<Record<Line, string | null>> = {};
  if (typed.name !== saved.name) input.name = typed.name;
  for (const line of LINES)
    if (typed[line] !== saved[line]) input[line] = typed[line] === '' ? null : typed[line];
  return input;
}

/** The name and lines under it that papers signed on Parley carry; what was typed stays if refused. */
export function SignatureForm({ signer }: { signer: Signer }) {
  const [saved, setSaved] = useState(() => blockOf(signer));
  const [typed, setTyped] = useState(saved);
  const [confirmed, setConfirmed] = useState(false);
  const edit = (key: keyof Block) => (value: string) => {
    setTyped((now) => ({ ...now, [key]: value }));
    setConfirmed(false);
  };
  return (
    <>
      <ActionForm
        level={3}
        id="signature-block"
        heading="Change your signature block"
        document={UPDATE_SIGNATURE_BLOCK}
        variables={() => ({ input: changes(saved, typed) })}
        button="Save the signature block"
        onDone={(data) => {
          const answer = blockOf(data.updateSignerProfile);
          setSaved(answer);
          setTyped(answer);
          setConfirmed(true);
        }}
      >
        <Field id="signer-name" label="Your name as you sign it" value={typed.name} onChange={edit('name')} />
        <Field
          id="signer-address"
          label="Mailing address"
          hint="the lines below your name, as on an envelope"
          multiline
          optional
          value={typed.mailingAddress}
          onChange={edit('mailingAddress')}
        />
        <Field
          id="signer-telephone"
          label="Telephone"
          hint="for example, (415) 555-0100"
          optional
          value={typed.telephone}
          onChange={edit('telephone')}
        />
        <Field
          id="signer-firm"
          label="Firm or office"
          hint="for counsel"
          optional
          value={typed.firm}
          onChange={edit('firm')}
        />
        <Field
          id="signer-bar-number"
          label="State Bar number"
          hint="for counsel"
          optional
          value={typed.barNumber}
          onChange={edit('barNumber')}
        />
      </ActionForm>
      <div aria-live="polite">
        {confirmed && (
          <Alert type="success" headingLevel="h4" heading="Saved" slim className="margin-top-2">
            Papers you sign from now on carry this signature block.
          </Alert>
        )}
      </div>
    </>
  );
}
