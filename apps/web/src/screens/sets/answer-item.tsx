import { Fieldset, Label, Radio, Textarea } from '@trussworks/react-uswds';
import { ADMISSION_WORDS, PRODUCTION_WORDS, SetToAnswer } from './answer-queries';

export interface ItemAnswer {
  answer: string;
  objections: string;
  admission: keyof typeof ADMISSION_WORDS | null;
  production: keyof typeof PRODUCTION_WORDS | null;
}

export const EMPTY_ANSWER: ItemAnswer = { answer: '', objections: '', admission: null, production: null };

/** The answers typed, as a response's items: every request once, objections one per line. */
export function responseItems(items: ReadonlyArray<{ id: string }>, answers: Record<string, ItemAnswer>) {
  return items.map((item) => {
    const a = answers[item.id] ?? EMPTY_ANSWER;
    return {
      itemId: item.id,
      answer: a.answer.trim() || null,
      objections: a.objections
        .split('\n')
        .map((o) => o.trim())
        .filter(Boolean),
      admission: a.admission,
      production: a.production,
    };
  });
}

/** One request and the fields its kind takes: an answer, an admission or a production choice, objections. */
export function AnswerItem({
  kind,
  item,
  value,
  onChange,
}: {
  kind: SetToAnswer['kind'];
  item: SetToAnswer['items'][number];
  value: ItemAnswer;
  onChange: (change: Partial<ItemAnswer>) => void;
}) {
  const id = `item-${item.number}`;
  return (
    <Fieldset legend={`No. ${item.number}: ${item.text}`} className="margin-bottom-4">
      {kind === 'ADMISSIONS' &&
        (Object.keys(ADMISSION_WORDS) as Array<keyof typeof ADMISSION_WORDS>).map((choice) => (
          <Radio
            key={choice}
            id={`${id}-${choice}`}
            name={`${id}-admission`}
            label={ADMISSION_WORDS[choice]}
            checked={value.admission === choice}
            onChange={() => onChange({ admission: choice })}
          />
        ))}
      {kind === 'PRODUCTION' &&
        (Object.keys(PRODUCTION_WORDS) as Array<keyof typeof PRODUCTION_WORDS>).map((choice) => (
          <Radio
            key={choice}
            id={`${id}-${choice}`}
            name={`${id}-production`}
            label={PRODUCTION_WORDS[choice]}
            checked={value.production === choice}
            onChange={() => onChange({ production: choice })}
          />
        ))}
      {(kind === 'INTERROGATORIES' || value.admission === 'CANNOT_ADMIT_OR_DENY') && (
        <>
          <Label htmlFor={`${id}-answer`}>
            {kind === 'INTERROGATORIES'
              ? `Answer to No. ${item.number}`
              : `Why you cannot admit or deny No. ${item.number}`}
          </Label>
          <Textarea
            id={`${id}-answer`}
            name={`${id}-answer`}
            value={value.answer}
            onChange={(e) => onChange({ answer: e.target.value })}
          />
        </>
      )}
      <Label htmlFor={`${id}-objections`} hint=" (one per line, each with its grounds)">
        Objections to No. {item.number}
      </Label>
      <Textarea
        id={`${id}-objections`}
        name={`${id}-objections`}
        value={value.objections}
        onChange={(e) => onChange({ objections: e.target.value })}
      />
    </Fieldset>
  );
}
