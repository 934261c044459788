import { Button, Checkbox, Fieldset, Label, Select, TextInput } from '@trussworks/react-uswds';
import { DragEvent, useState } from 'react';
import { Builder, BuilderFile, filesAnswering } from './builder';
import { Confidentiality, CONFIDENTIALITY_WORDS, plural } from './production-queries';

type Item = { id: string; number: number; text: string };

const size = (file: BuilderFile) => (file.pages === null ? 'a picture' : plural(file.pages, 'page'));

/**
 * One file on offer: dragged by its name onto a request, or its requests ticked here (keyboards and
 * screen readers do everything this way); its designation, custodian and place in the numbering.
 */
export function FileCard({
  file,
  items,
  builder,
  first,
  last,
  defaultCustodian,
  onAnswer,
  onDesignate,
  onCustodian,
  onMove,
  onDrag,
}: {
  file: BuilderFile;
  items: readonly Item[];
  builder: Builder;
  first: boolean;
  last: boolean;
  defaultCustodian: string;
  onAnswer: (itemId: string, answers: boolean) => void;
  onDesignate: (designation: Confidentiality) => void;
  onCustodian: (custodian: string) => void;
  onMove: (by: -1 | 1) => void;
  /** The file is being dragged (true) or no longer is (false). */
  onDrag: (dragging: boolean) => void;
}) {
  const answers = builder.answers[file.id] ?? [];
  const id = `file-${file.id}`;
  const name = <span className="usa-sr-only"> of {file.filename}</span>;
  return (
    <li
      className={`border-1px radius-md padding-2 margin-bottom-2 ${answers.length ? 'border-primary-dark' : 'border-base-light'}`}
    >
      <div
        draggable
        style={{ cursor: 'grab' }}
        onDragStart={(event: DragEvent<HTMLDivElement>) => {
          // Which file it is stays in the page; the name is there for browsers that drag only with data.
          event.dataTransfer.setData('text/plain', file.filename);
          event.dataTransfer.effectAllowed = 'copyLink';
          onDrag(true);
        }}
        onDragEnd={() => onDrag(false)}
      >
        <h3 id={`${id}-name`} className="margin-y-0" style={{ overflowWrap: 'anywhere' }}>
          {file.filename}
        </h3>
        <p className="margin-y-05 usa-hint">
          {size(file)}
          {file.producedAs ? `; produced before as ${file.producedAs}, and keeps those numbers` : ''}
        </p>
      </div>
      <Fieldset
        legend={
          <>
            Requests it answers<span className="usa-sr-only">: {file.filename}</span>
          </>
        }
        className="margin-top-1"
      >
        <div className="display-flex flex-wrap">
          {items.map((item) => (
            <Checkbox
              key={item.id}
              id={`${id}-answers-${item.id}`}
              name={`${id}-answers`}
              className="margin-right-3"
              label={`No. ${item.number}`}
              checked={answers.includes(item.id)}
              onChange={(e) => onAnswer(item.id, e.target.checked)}
            />
          ))}
        </div>
      </Fieldset>
      {answers.length > 0 && (
        <>
          <Label htmlFor={`${id}-designation`}>Designation{name}</Label>
          <Select
            id={`${id}-designation`}
            name={`${id}-designation`}
            value={builder.designations[file.id] ?? 'NONE'}
            onChange={(e) => onDesignate(e.target.value as Confidentiality)}
          >
            {(Object.keys(CONFIDENTIALITY_WORDS) as Confidentiality[]).map((c) => (
              <option key={c} value={c}>
                {CONFIDENTIALITY_WORDS[c]}
              </option>
            ))}
          </Select>
          <Label htmlFor={`${id}-custodian`} hint={` (optional; ${defaultCustodian} if empty)`}>
            Custodian{name}
          </Label>
          <TextInput
            id={`${id}-custodian`}
            name={`${id}-custodian`}
            type="text"
            value={builder.custodians[file.id] ?? ''}
            onChange={(e) => onCustodian(e.target.value)}
          />
        </>
      )}
      {!(first && last) && (
        <div className="margin-top-1">
          <Button
            type="button"
            unstyled
            className="margin-right-2"
            disabled={first}
            onClick={() => onMove(-1)}
          >
            Move up<span className="usa-sr-only">: {file.filename}</span>
          </Button>
          <Button type="button" unstyled disabled={last} onClick={() => onMove(1)}>
            Move down<span className="usa-sr-only">: {file.filename}</span>
          </Button>
        </div>
      )}
    </li>
  );
}

/** One request: where a file is dropped to answer it, and the files that answer it so far. */
export function RequestDropZone({
  item,
  builder,
  dragging,
  onDrop,
  onTakeOff,
}: {
  item: Item;
  builder: Builder;
  /** The file being dragged, if one is: only a file of the builder is taken here. */
  dragging: string | null;
  onDrop: (fileId: string) => void;
  onTakeOff: (fileId: string) => void;
}) {
  const [over, setOver] = useState(false);
  const answering = filesAnswering(builder, item.id);
  return (
    <li
      className={`radius-md padding-2 margin-bottom-2 ${over ? 'border-2px border-primary bg-primary-lighter' : 'border-2px border-dashed border-base-light'}`}
      onDragEnter={() => {
        if (dragging) setOver(true);
      }}
      onDragOver={(event) => {
        if (!dragging) return;
        event.preventDefault();
        event.dataTransfer.dropEffect = 'copy';
      }}
      onDragLeave={(event) => {
        if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
      }}
      onDrop={(event) => {
        setOver(false);
        if (!dragging) return;
        event.preventDefault();
        onDrop(dragging);
      }}
    >
      <h3 id={`request-${item.id}-number`} className="margin-y-0">
        No. {item.number}
      </h3>
      <p className="margin-top-05">{item.text}</p>
      {answering.length === 0 ? (
        <p className="usa-hint margin-bottom-0">No file answers it yet.</p>
      ) : (
        <ul className="usa-list margin-bottom-0">
          {answering.map((file) => (
            <li key={file.id}>
              <span style={{ overflowWrap: 'anywhere' }}>{file.filename}</span>{' '}
              <Button type="button" unstyled onClick={() => onTakeOff(file.id)}>
                Take it off
                <span className="usa-sr-only">
                  {' '}
                  No. {item.number}: {file.filename}
                </span>
              </Button>
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
