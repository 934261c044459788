import { Fieldset, Label, Radio, Select, TextInput } from '@trussworks/react-uswds';
import { useState } from 'react';
import { ActionForm } from '../../../components/action-form';
import { MailedDays, MailedDaysValue } from '../../mail/mailed-days';
import { ScanUpload, UploadedScan } from '../../mail/scan-upload';
import { DocketEntry, Filing, KIND_WORDS, RECORD_PAPER_FILING } from './intake-queries';

/**
 * The paper as it came out of the envelope: who mailed it, what it is, its two days, the page of its
 * meet-and-confer certification if it has one, and its scan, uploaded beside the form.
 */
export function RecordFilingForm({
  entry,
  today,
  onRecorded,
}: {
  entry: DocketEntry;
  today: string;
  onRecorded: (filing: Filing) => void;
}) {
  const offline = entry.parties.filter((p) => !p.onParley);
  const [filerId, setFilerId] = useState((offline[0] ?? entry.parties[0]).id);
  const [kind, setKind] = useState<Filing['kind']>('DISCOVERY_FILED_WITH_COURT');
  const [scan, setScan] = useState<UploadedScan | null>(null);
  const [days, setDays] = useState<MailedDaysValue>({ mailedOn: '', receivedOn: today });
  const [page, setPage] = useState('');
  const filer = entry.parties.find((p) => p.id === filerId) ?? entry.parties[0];
  return (
    <div className="grid-row grid-gap-4">
      <div className="tablet:grid-col-6">
        <Label htmlFor="filer">Who mailed it</Label>
        <Select id="filer" name="filer" value={filerId} onChange={(e) => setFilerId(e.target.value)}>
          {entry.parties.map((p) => (
            <option key={p.id} value={p.id}>
              {p.name} ({p.side.toLowerCase()}
              {p.onParley ? '' : ', not on Parley'})
            </option>
          ))}
        </Select>
        <ScanUpload key={filerId} caseId={entry.caseId} partyId={filerId} onUploaded={setScan} />
      </div>
      <div className="tablet:grid-col-6">
        {!scan ? (
          <p className="margin-top-4">
            Choose the scan first: the form to record it appears here, beside it.
          </p>
        ) : (
          <ActionForm
            id="record-filing"
            heading="Record the paper"
            document={RECORD_PAPER_FILING}
            variables={() => ({
              input: {
                caseId: entry.caseId,
                fromPartyId: filerId,
                kind,
                receivedOn: days.receivedOn,
                mailedOn: days.mailedOn,
                documentId: scan.id,
                certificationPage: page.trim() ? Number(page) : null,
              },
            })}
            button="Record it"
            onDone={(data) => onRecorded(data.recordPaperFiling)}
          >
            <Fieldset legend="What it is">
              {(Object.keys(KIND_WORDS) as Array<Filing['kind']>).map((key) => (
                <Radio
                  key={key}
                  id={`kind-${key}`}
                  name="kind"
                  label={KIND_WORDS[key]}
                  checked={kind === key}
                  onChange={() => setKind(key)}
                />
              ))}
            </Fieldset>
            <MailedDays
              id="record-filing"
              value={days}
              onChange={setDays}
              incarcerated={filer.incarcerated}
            />
            <Label
              htmlFor="certification-page"
              hint=" (the page where it says the parties met and conferred, or tried to; leave empty if it does not)"
            >
              Page of its certification
            </Label>
            <TextInput
              id="certification-page"
              name="certification-page"
              type="number"
              inputMode="numeric"
              min={1}
              value={page}
              onChange={(e) => setPage(e.target.value)}
            />
          </ActionForm>
        )}
      </div>
    </div>
  );
}
