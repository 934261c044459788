import { visibleRowsSql } from '@parley/access';
import { compactObject, JsonShape, SqlAnswerRead, StatementTexts, textList } from '@parley/platform';
import { CaseSubject } from '../access/case-capabilities';

/** Case reads answered in SQL, by visibility condition and fields. */
const ANSWERS = new StatementTexts();

/** A party's fields as its model reads them (PARTY_JSON), from the alias `p`. */
export const PARTY_SHAPE: JsonShape = {
  columns: {
    id: 'p.id',
    name: 'p.name',
    side: 'p.side',
    proSe: 'p.pro_se',
    incarcerated: 'p.incarcerated',
    mailingAddress: 'p.mailing_address',
  },
};

/** A case's fields as CasesService.get reads them, from the alias `c`; its parties in caption order. */
const CASE_SHAPE: JsonShape = {
  columns: {
    id: 'c.id',
    docketNumber: 'c.docket_number',
    title: 'c.title',
    judge: 'c.judge',
    rule26fConferenceOn: 'c.rule26f_conference_on',
    discoveryCutoffOn: 'c.discovery_cutoff_on',
    createdAt: 'c.created_at',
  },
  relations: {
    parties: (selection) => {
      const party = compactObject(selection, PARTY_SHAPE);
      return party && `(SELECT ${textList(party, 'p.position')} FROM parties p WHERE p.case_id = c.id)`;
    },
  },
};

/** The case's row as `fields` builds it, through the policy's visibility SQL (CasesService.get too). */
export function visibleCaseSql(fields: string, from: string, where: string): string {
  return `SELECT ${fields} FROM ${from} WHERE c.id = $1::uuid AND ${where}`;
}

/** Query.case answered in SQL (AnsweredInSql). */
export function caseInSql({ actor, subjectId, now, selection, parameters }: SqlAnswerRead): string | null {
  const fields = compactObject(selection, CASE_SHAPE);
  if (!fields) return null;
  parameters.push(subjectId);
  const { from, where } = visibleRowsSql(actor, CaseSubject, now, parameters);
  return ANSWERS.text([where, fields], () => visibleCaseSql(fields, from, where));
}
