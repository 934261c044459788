import { graphql, VariablesOf } from '../../graphql/graphql';

export const COURTS = graphql(`
  query CourtsToOpenIn {
    courts {
      id
      name
    }
  }
`);

export const CREATE_CASE = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      id
    }
  }
`);

export type PartyInput = VariablesOf<typeof CREATE_CASE>['input']['parties'][number];
export type Side = PartyInput['side'];
export type Role = VariablesOf<typeof CREATE_CASE>['input']['myRole'];

export const SIDE_WORDS: Record<Side, string> = {
  PLAINTIFF: 'Plaintiff',
  DEFENDANT: 'Defendant',
  THIRD_PARTY: 'Third party',
};

export const ROLE_WORDS: Record<Role, string> = {
  COUNSEL: 'Counsel',
  PARALEGAL: 'Paralegal',
  PRO_SE: 'The party itself, without a lawyer (pro se)',
};
