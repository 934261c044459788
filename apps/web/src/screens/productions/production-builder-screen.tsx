import { Alert, Button, Form, GridContainer, Label, TextInput } from '@trussworks/react-uswds';
import { Link, useNavigate, useParams } from '@tanstack/react-router';
import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { refusalOf } from '../../components/refusal';
import {
  answer,
  Builder,
  designate,
  EMPTY_BUILDER,
  included,
  move,
  offer,
  filesOnOffer,
  producedBefore,
  productionDocuments,
  setCustodian,
  unanswer,
} from './builder';
import { FileCard, RequestDropZone } from './builder-parts';
import { FileUploads } from './file-uploads';
import './builder.css';
import { BUILDER, BuilderSet, CREATE_PRODUCTION, PRODUCED_BEFORE, plural } from './production-queries';

/** The builder proper, once the set and the files produced before are known (exported for its tests). */
export function ProductionBuilder({
  set,
  files,
  prefix: lastPrefix,
  drafts,
}: {
  set: BuilderSet;
  files: ReturnType<typeof producedBefore>;
  prefix: string;
  drafts: ReadonlyArray<{ id: string }>;
}) {
  const [builder, setBuilder] = useState<Builder>(() => offer(EMPTY_BUILDER, files));
  const [prefix, setPrefix] = useState(lastPrefix);
  const [said, setSaid] = useState('');
  const [dragging, setDragging] = useState<string | null>(null);
  const [problem, setProblem] = useState<ReturnType<typeof refusalOf> | null>(null);
  const [{ fetching }, create] = useMutation(CREATE_PRODUCTION);
  const navigate = useNavigate();
  const items = set.items;
  const chosen = included(builder);
  // Each change from the builder as it is then: two uploads finishing one after the other both count.
  const change = (next: (b: Builder) => Builder, words?: string) => {
    setBuilder(next);
    if (words) setSaid(words);
  };
  const nameOf = (fileId: string) => builder.files.find((f) => f.id === fileId)?.filename ?? 'The file';
  const numberOf = (itemId: string) => items.find((i) => i.id === itemId)?.number;
  const answers = (fileId: string, itemId: string, yes: boolean) =>
    change(
      (b) => (yes ? answer(b, fileId, itemId) : unanswer(b, fileId, itemId)),
      yes
        ? `${nameOf(fileId)} answers No. ${numberOf(itemId)}.`
        : `${nameOf(fileId)} no longer answers No. ${numberOf(itemId)}.`,
    );

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await create({
      input: {
        caseId: set.caseId,
        setId: set.id,
        producingPartyId: set.respondingParty.id,
        receivingPartyId: set.servingParty.id,
        batesPrefix: prefix,
        documents: productionDocuments(builder, items),
      },
    });
    if (!result.data) return setProblem(refusalOf(result.error));
    await navigate({
      to: '/productions/$productionId',
      params: { productionId: result.data.createProduction.id },
    });
  }

  return (
    <>
      {drafts.length > 0 && (
        <Alert type="info" headingLevel="h2" heading="A draft is waiting" slim={false}>
          Your side has a draft production for these requests:{' '}
          {drafts.map((d, i) => (
            <span key={d.id}>
              {i > 0 && ', '}
              <Link to="/productions/$productionId" params={{ productionId: d.id }}>
                open draft {drafts.length > 1 ? i + 1 : ''}
              </Link>
            </span>
          ))}
          . Serve it or discard it there; a new one can be put together here too.
        </Alert>
      )}
      <p className="usa-sr-only" role="status" aria-live="polite">
        {said}
      </p>
      <div className="grid-row grid-gap-4">
        <section className="tablet:grid-col-6" aria-labelledby="files-heading">
          <h2 id="files-heading">Your files</h2>
          <FileUploads
            caseId={set.caseId}
            partyId={set.respondingParty.id}
            onUploaded={(file) => change((b) => offer(b, [file]))}
          />
          {builder.files.length === 0 ? (
            <p>No files yet: add the ones to produce above.</p>
          ) : (
            <>
              <p className="usa-hint">
                Drag a file by its name onto each request it answers, or tick the requests under it. Files are
                numbered in this order.
              </p>
              <ol className="add-list-reset" aria-label="Files, in the order they are numbered">
                {builder.files.map((file, i) => (
                  <FileCard
                    key={file.id}
                    file={file}
                    items={items}
                    builder={builder}
                    first={i === 0}
                    last={i === builder.files.length - 1}
                    defaultCustodian={set.respondingParty.name}
                    onAnswer={(itemId, yes) => answers(file.id, itemId, yes)}
                    onDesignate={(d) => change((b) => designate(b, file.id, d))}
                    onCustodian={(c) => change((b) => setCustodian(b, file.id, c))}
                    onDrag={(yes) => setDragging(yes ? file.id : null)}
                    onMove={(by) =>
                      change(
                        (b) => move(b, file.id, by),
                        `${file.filename} moved ${by < 0 ? 'up' : 'down'}: number ${i + 1 + by} of ${builder.files.length}.`,
                      )
                    }
                  />
                ))}
              </ol>
            </>
          )}
        </section>
        <section
          className="tablet:grid-col-6 parley-requests-column"
          aria-labelledby="requests-heading"
          // Scrolled on its own beside a long list of files: reachable from the keyboard too.
          tabIndex={0}
        >
          <h2 id="requests-heading">The requests</h2>
          <ol className="add-list-reset" aria-label={`Requests of “${set.title}”`}>
            {items.map((item) => (
              <RequestDropZone
                key={item.id}
                item={item}
                builder={builder}
                dragging={dragging}
                onDrop={(fileId) => {
                  setDragging(null);
                  answers(fileId, item.id, true);
                }}
                onTakeOff={(fileId) => answers(fileId, item.id, false)}
              />
            ))}
          </ol>
        </section>
      </div>
      <section aria-labelledby="together-heading" className="margin-top-2">
        <h2 id="together-heading">Put the production together</h2>
        {problem && (
          <Alert type="error" headingLevel="h3" heading="Not put together" role="alert">
            {problem.message}
            {problem.rule ? ` (${problem.rule})` : ''}
          </Alert>
        )}
        <p>
          {chosen.length === 0
            ? 'No file answers a request yet.'
            : `${plural(chosen.length, 'file')} to produce: ${chosen.map((f) => f.filename).join(', ')}.`}{' '}
          It is saved as a draft only your side sees, with the Bates numbers it would take if served now;
          nothing goes to {set.servingParty.name} until you serve it.
        </p>
        <Form onSubmit={submit} large>
          <Label htmlFor="bates-prefix" hint=" (letters first, then letters, digits, - or _; e.g. DEF)">
            Bates prefix
          </Label>
          <TextInput
            id="bates-prefix"
            name="bates-prefix"
            type="text"
            required
            value={prefix}
            onChange={(e) => setPrefix(e.target.value)}
          />
          <Button type="submit" disabled={fetching || chosen.length === 0}>
            {fetching ? 'Putting it together…' : 'Put the production together'}
          </Button>
        </Form>
      </section>
    </>
  );
}

/**
 * Produce documents in answer to a served Rule 34 set (FRCP 34(b)(2)(E)): your files on one side, the
 * requests on the other; each file says which requests it answers, by drag and drop or by its boxes.
 */
export function ProductionBuilderScreen() {
  const { setId } = useParams({ from: '/sets/$setId/produce' });
  const [{ data, error }] = useQuery({ query: BUILDER, variables: { setId } });
  const set = data?.discoverySet;
  const [{ data: before, error: beforeError }] = useQuery({
    query: PRODUCED_BEFORE,
    variables: { caseId: set?.caseId ?? '', partyId: set?.respondingParty.id ?? '' },
    pause: !set,
  });

  const failure = error ?? beforeError;
  if (failure || (data && !set)) {
    return (
      <GridContainer className="padding-y-4">
        <Alert type="error" headingLevel="h1" heading="These requests could not be opened" role="alert">
          {refusalOf(failure).message}
        </Alert>
      </GridContainer>
    );
  }
  if (!set || !before) return <p className="grid-container padding-y-4">Loading…</p>;
  const producing = before.case?.myMemberships.some((m) => m.party.id === set.respondingParty.id);
  const mine = before.productions.filter((p) => p.producingParty.id === set.respondingParty.id);

  return (
    <GridContainer className="padding-y-4">
      <h1>Produce documents for “{set.title}”</h1>
      <p>
        {set.servingParty.name}’s requests for production, served on {set.respondingParty.name};{' '}
        <Link to="/sets/$setId" params={{ setId: set.id }}>
          back to the requests
        </Link>
        .
      </p>
      {set.kind !== 'PRODUCTION' ? (
        <p>Documents are produced in answer to requests for production (FRCP 34); these are not.</p>
      ) : producing ? (
        <ProductionBuilder
          set={set}
          files={filesOnOffer(before.documents, producedBefore(before.productions, set.respondingParty.id))}
          prefix={mine[0]?.batesPrefix ?? ''}
          drafts={mine.filter((p) => p.status === 'DRAFT' && p.setId === set.id)}
        />
      ) : (
        <p>{set.respondingParty.name}’s side produces the documents these requests ask for.</p>
      )}
    </GridContainer>
  );
}
