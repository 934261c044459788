import { Fieldset, Label, Radio } from '@trussworks/react-uswds';
import { useState } from 'react';
import { ActionForm } from '../../components/action-form';
import { Field } from '../../components/field';
import { ItemChoices } from '../../components/item-choices';
import { ADD_ENTRY, Privilege, PRIVILEGE_WORDS } from './privilege-log-queries';

export interface EntryFields {
  date: string;
  author: string;
  recipients: string;
  documentType: string;
  subject: string;
  privilege: Privilege | null;
  basis: string;
  batesRange: string;
  requestItemIds: string[];
}

export const EMPTY_ENTRY: EntryFields = {
  date: '',
  author: '',
  recipients: '',
  documentType: '',
  subject: '',
  privilege: null,
  basis: '',
  batesRange: '',
  requestItemIds: [],
};

/**
 * The fields as the API takes them: recipients one per line (none for a note to file), the optional
 * ones null when empty. Whether the entry says enough is the API's judgment.
 */
export function entryInput(
  fields: EntryFields,
  where: { caseId: string; setId: string; producingPartyId: string },
) {
  return {
    ...where,
    date: fields.date,
    author: fields.author,
    recipients: fields.recipients
      .split('\n')
      .map((r) => r.trim())
      .filter(Boolean),
    documentType: fields.documentType,
    subject: fields.subject,
    // The form asks for one before it is sent.
    privilege: fields.privilege as Privilege,
    basis: fields.basis.trim() || null,
    batesRange: fields.batesRange.trim() || null,
    requestItemIds: fields.requestItemIds,
  };
}

/** A document withheld on a claim of privilege, described as FRCP 26(b)(5)(A) asks: a draft entry. */
export function EntryForm({
  caseId,
  setId,
  producingPartyId,
  items,
  onAdded,
}: {
  caseId: string;
  setId: string;
  producingPartyId: string;
  items: ReadonlyArray<{ id: string; number: number; text: string }>;
  onAdded: () => void;
}) {
  const [fields, setFields] = useState<EntryFields>(EMPTY_ENTRY);
  const set = (change: Partial<EntryFields>) => setFields({ ...fields, ...change });
  return (
    <ActionForm
      id="add-entry"
      heading="Log a withheld document"
      document={ADD_ENTRY}
      variables={() => ({ input: entryInput(fields, { caseId, setId, producingPartyId }) })}
      button="Add the entry"
      onDone={() => {
        setFields(EMPTY_ENTRY);
        onAdded();
      }}
    >
      <p>
        Describe the document so the other side can assess the claim without learning what is privileged (FRCP
        26(b)(5)(A)(ii)). The entry stays a draft, seen only by your side, until the log is served.
      </p>
      <Label htmlFor="entry-date">The document’s date</Label>
      <input
        id="entry-date"
        name="entry-date"
        className="usa-input"
        type="date"
        required
        value={fields.date}
        onChange={(e) => set({ date: e.target.value })}
      />
      <Field id="entry-author" label="Author" value={fields.author} onChange={(author) => set({ author })} />
      <Field
        multiline
        optional
        id="entry-recipients"
        label="Recipients"
        hint="one per line; none for a note to file"
        value={fields.recipients}
        onChange={(recipients) => set({ recipients })}
      />
      <Field
        id="entry-type"
        label="Kind of document"
        hint="e.g. Email, Memorandum, Draft report"
        value={fields.documentType}
        onChange={(documentType) => set({ documentType })}
      />
      <Field
        multiline
        id="entry-subject"
        label="Subject matter"
        hint="described without revealing what is privileged, e.g. Legal advice on the response to a grievance"
        value={fields.subject}
        onChange={(subject) => set({ subject })}
      />
      <Fieldset legend="The privilege claimed">
        {(Object.keys(PRIVILEGE_WORDS) as Privilege[]).map((p) => (
          <Radio
            key={p}
            id={`entry-privilege-${p}`}
            name="entry-privilege"
            label={PRIVILEGE_WORDS[p]}
            required
            checked={fields.privilege === p}
            onChange={() => set({ privilege: p })}
          />
        ))}
      </Fieldset>
      <Field
        multiline
        optional
        id="entry-basis"
        label="Its basis"
        hint="why it applies; for another privilege or protection, name it too"
        value={fields.basis}
        onChange={(basis) => set({ basis })}
      />
      <Field
        optional
        id="entry-bates"
        label="Bates numbers, if produced in part (redacted)"
        hint="e.g. DEF0000004-DEF0000006"
        value={fields.batesRange}
        onChange={(batesRange) => set({ batesRange })}
      />
      <ItemChoices
        idPrefix="entry-requests"
        legend="The requests it is withheld from"
        items={items}
        chosen={fields.requestItemIds}
        onChange={(requestItemIds) => set({ requestItemIds })}
      />
    </ActionForm>
  );
}
