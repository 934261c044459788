import { visibleRowsSql } from '@parley/access';
import {
  Actor,
  compactObject,
  jsonPage,
  JsonShape,
  SqlAnswerRead,
  StatementTexts,
  textList,
} from '@parley/platform';
import { SetSubject } from '../discovery-capabilities';
import { SET_FIELDS } from './set-json';

/** The sets of a case a reader may see, by the visibility condition the reader's role takes. */
const LISTED = new StatementTexts();

/**
 * The case's sets (its id at $1) that the actor may see, `SELECT s.*`: the policy's visibility SQL,
 * its parameters pushed after those given. DiscoverySetsService.list reads through it too.
 */
export function visibleSetsSql(actor: Actor, now: Date, parameters: unknown[]): string {
  const { from, where } = visibleRowsSql(actor, SetSubject, now, parameters);
  return LISTED.text([where], () => `SELECT s.* FROM ${from} WHERE s.case_id = $1::uuid AND ${where}`);
}

/** An item's fields as the set's nested read gives them (set-json.ts), from the alias `i`. */
const ITEM_SHAPE: JsonShape = {
  columns: { id: 'i.id', number: 'i.number', text: 'i.text', subparts: 'i.subparts' },
};

/** A set's fields as setJson reads them, from the alias `l`; its items numbered in order. */
const SET_SHAPE: JsonShape = {
  columns: SET_FIELDS,
  relations: {
    items: (selection) => {
      const item = compactObject(selection, ITEM_SHAPE);
      return item && `(SELECT ${textList(item, 'i.number')} FROM discovery_items i WHERE i.set_id = l.id)`;
    },
  },
};

/** Query.discoverySets answered in SQL (AnsweredInSql): the first page, as the resolver's. */
export function setsInSql({ actor, subjectId, now, selection, parameters }: SqlAnswerRead): string | null {
  const fields = compactObject(selection, SET_SHAPE);
  if (!fields) return null;
  parameters.push(subjectId);
  return jsonPage(
    visibleSetsSql(actor, now, parameters),
    parameters,
    fields,
    ['created_at'],
    'DESC',
    {},
    'text',
  );
}
