import { Checkbox, Fieldset } from '@trussworks/react-uswds';

/** The requests of one set, each a checkbox: which of them a dispute is about. */
export function ItemChoices({
  idPrefix,
  legend,
  items,
  chosen,
  onChange,
}: {
  idPrefix: string;
  legend: string;
  items: ReadonlyArray<{ id: string; number: number; text: string }>;
  chosen: string[];
  onChange: (chosen: string[]) => void;
}) {
  return (
    <Fieldset legend={legend}>
      {items.map((item) => (
        <Checkbox
          key={item.id}
          id={`${idPrefix}-${item.id}`}
          name="items"
          label={`No. ${item.number}: ${item.text}`}
          checked={chosen.includes(item.id)}
          onChange={(e) =>
            onChange(e.target.checked ? [...chosen, item.id] : chosen.filter((i) => i !== item.id))
          }
        />
      ))}
    </Fieldset>
  );
}
