import { Block, formatDay, PaperDocument, sideWord, signerCapacity, signerLines } from '@parley/papers';
import { CalendarDate } from '@parley/platform';
import { MailingPaperKind } from '../mailing-enums';
import { CoverFacts, SetKind } from './cover-facts';

/**
 * The first page of a mailing, written for a person without a lawyer (DOMAIN.md, "Parties not on
 * Parley"): what the papers are, what to do, by which day, and where to write. Short sentences and the
 * rules' names only in brackets; the legal paper itself follows.
 */
export function coverSheet(facts: CoverFacts, dueOn: CalendarDate | null): PaperDocument {
  const sender = `${sideWord(facts.from.side)} ${facts.from.party}`;
  const blocks: Block[] = [
    { kind: 'title', text: 'IMPORTANT: PAPERS IN YOUR COURT CASE' },
    { kind: 'paragraph', text: `To: ${facts.to.name}\n${facts.to.address}` },
    {
      kind: 'paragraph',
      text: `Your case: ${facts.caption.caseTitle}, Case No. ${facts.caption.caseNumber}, ${facts.caption.court}.`,
    },
    { kind: 'heading', text: 'What this is' },
    { kind: 'paragraph', text: whatItIs(facts, sender) },
    { kind: 'heading', text: 'What you need to do' },
    ...whatToDo(facts).map((text): Block => ({ kind: 'paragraph', text })),
    ...byWhen(facts, dueOn),
    // The court's order is no exchange between the parties: nothing goes back to its sender.
    ...(facts.kind === MailingPaperKind.RULING || facts.kind === MailingPaperKind.FILING_ORDER
      ? []
      : ([
          {
            kind: 'heading',
            text:
              facts.kind === MailingPaperKind.DISCOVERY_SET ? 'Where to mail your answers' : 'Where to write',
          },
          { kind: 'paragraph', text: [...signerLines(facts.from)].join('\n') },
          { kind: 'heading', text: 'If you disagree' },
          { kind: 'paragraph', text: conferring(facts) },
        ] as Block[])),
    {
      kind: 'paragraph',
      italic: true,
      text: 'This page explains the papers that follow. It is not legal advice. The papers after it are the ones that count.',
    },
  ];
  return { title: `About: ${facts.title}`, caption: null, filer: null, blocks, footer: null };
}

const SET_WORDS: Record<SetKind, { what: string; rule: string }> = {
  INTERROGATORIES: {
    what: 'written questions you must answer under oath, called interrogatories',
    rule: 'Rule 33',
  },
  PRODUCTION: {
    what: 'requests that you provide copies of documents or other things, called requests for production',
    rule: 'Rule 34',
  },
  ADMISSIONS: {
    what: 'statements you are asked to admit or deny, called requests for admission',
    rule: 'Rule 36',
  },
};

function whatItIs(facts: CoverFacts, sender: string): string {
  if (facts.copyFor) {
    return `A copy of “${facts.title}”, which ${sender} served on ${facts.copyFor}. Every party gets a copy of what is served in the case (Rule 5(a)(1)(C)). It is the pages after this one.`;
  }
  switch (facts.kind) {
    case MailingPaperKind.DISCOVERY_SET: {
      const words = SET_WORDS[facts.setKind ?? 'INTERROGATORIES'];
      return `${sender} sent you ${words.what} (Federal Rules of Civil Procedure, ${words.rule}). They are the pages after this one: “${facts.title}”.`;
    }
    case MailingPaperKind.DISCOVERY_RESPONSE:
      return `${sender}’s answers to the discovery requests you sent. They are the pages after this one: “${facts.title}”.`;
    case MailingPaperKind.LETTER:
      return `A letter from ${facts.from.name} (${signerCapacity(facts.from)}) about a disagreement over discovery in your case. It is the page after this one.`;
    case MailingPaperKind.RULING:
      return `The court’s order deciding the disagreement over discovery in your case. It is the page after this one.`;
    case MailingPaperKind.FILING_ORDER:
      return `The court’s order on the papers you mailed to the court (“${facts.title}”). It is the page after this one.`;
    case MailingPaperKind.JOINT_LETTER:
      return `${sender} has asked the court to decide a disagreement over discovery with you. The letter to the court, with ${sender}’s side and what the two sides did to settle it, is the pages after this one.`;
    case MailingPaperKind.CONFERENCE_REQUEST:
      return `${facts.from.name} (${signerCapacity(facts.from)}) asks to talk with you, to try to settle a disagreement over discovery before either side asks the court. The request, with the times offered, is the page after this one.`;
    case MailingPaperKind.PRODUCTION:
      return `${sender}’s copies of documents you asked for in your requests for production (Rule 34). A letter listing them comes first; then the pages, each with a number printed at its foot (a Bates number) so everyone can refer to it: “${facts.title}”.`;
    case MailingPaperKind.PRIVILEGE_LOG:
      return `${sender}’s list of the documents it is holding back from what you asked for, because it says they are privileged (for example, letters between it and its lawyer). This list is called a privilege log (Rule 26(b)(5)(A)). It is the pages after this one: “${facts.title}”.`;
    case MailingPaperKind.CLAWBACK_NOTICE:
      return `${sender} says some pages it sent you were privileged and sent by mistake, and asks for them back (Rule 26(b)(5)(B)). The notice, with the page numbers, is the page after this one.`;
  }
}

function whatToDo(facts: CoverFacts): string[] {
  if (facts.copyFor)
    return [
      `You do not have to do anything: it is addressed to ${facts.copyFor}. Keep it with your case papers.`,
    ];
  switch (facts.kind) {
    case MailingPaperKind.DISCOVERY_SET:
      switch (facts.setKind ?? 'INTERROGATORIES') {
        case 'INTERROGATORIES':
          return [
            'Answer each question in writing, separately and as fully as you can. Sign your answers under penalty of perjury (that is, swear they are true).',
            'If you think a question is improper, you may object to it instead of answering, and say why. Answer any part that is not objected to.',
          ];
        case 'PRODUCTION':
          return [
            'For each request, write whether you will provide what it asks for, or why you object. Send copies of what you will provide with your written response.',
          ];
        case 'ADMISSIONS':
          return [
            'For each statement, write “admit” or “deny”, or explain why you cannot do either. Sign your answers.',
            'If you do not answer in time, each statement counts as admitted (Rule 36(a)(3)).',
          ];
      }
      return [];
    case MailingPaperKind.DISCOVERY_RESPONSE:
      return [
        'You do not have to do anything. Read the answers. If you think an answer is incomplete, or an objection is wrong, write to the address below and say which answers and why.',
      ];
    case MailingPaperKind.LETTER:
      return [
        'Read the letter. If you want to settle the disagreement, answer it by letter to the address below.',
      ];
    case MailingPaperKind.RULING:
      return [
        'Read the order: it says what the court decided and what each side must do. You do not answer it. Keep it with your case papers.',
      ];
    case MailingPaperKind.FILING_ORDER:
      return [
        'Read the order: it says what the court did with your papers and what to do next. Discovery papers go to the other side (to its lawyer, at the address in the order), not to the court. You do not answer the order. Keep it with your case papers.',
      ];
    case MailingPaperKind.JOINT_LETTER:
      return [
        'You may tell the court your side: what you ask it to decide and why, and any compromise you would accept. Keep it short. Mail it to the court, and a copy to the address below.',
      ];
    case MailingPaperKind.CONFERENCE_REQUEST:
      return [
        'Write back to the address below: say which time works for you, offer other times, or say how else you can talk (many prisons allow legal calls when they are arranged ahead). You may also answer in writing what the disagreement is about.',
      ];
    case MailingPaperKind.PRODUCTION:
      return [
        'You do not have to do anything. Keep the pages in order. If something you asked for is missing, write to the address below and say which request and what is missing. If documents were held back as privileged, a separate list (a privilege log) says so.',
      ];
    case MailingPaperKind.PRIVILEGE_LOG:
      return [
        'You do not have to do anything. Read the list. If you think a document on it is not privileged, write to the address below, say which entry and why, and try to settle it; if you cannot, you may ask the court.',
      ];
    case MailingPaperKind.CLAWBACK_NOTICE:
      return [
        'Find the pages with the numbers in the notice (printed at the bottom of each page). Do not read further, use or show them to anyone. Put them away in an envelope (sequester them), send them back, or destroy them, with any copies; if you gave a copy to someone, ask for it back.',
        'If you think the pages are not privileged, you may keep them sealed away and ask the court to decide. Either way, write to the address below and say what you did.',
      ];
  }
}

function byWhen(facts: CoverFacts, dueOn: CalendarDate | null): Block[] {
  if (facts.kind === MailingPaperKind.RULING && dueOn) {
    return [
      { kind: 'heading', text: 'By when' },
      { kind: 'paragraph', text: `The order requires you to act: do what it says by ${formatDay(dueOn)}.` },
    ];
  }
  if (facts.kind === MailingPaperKind.JOINT_LETTER && dueOn) {
    return [
      { kind: 'heading', text: 'By when' },
      {
        kind: 'paragraph',
        text: `Mail your side by ${formatDay(dueOn)}. After that day the court may decide without it.`,
      },
    ];
  }
  if (facts.kind === MailingPaperKind.CLAWBACK_NOTICE && dueOn) {
    return [
      { kind: 'heading', text: 'By when' },
      { kind: 'paragraph', text: `Write to say what you did with the pages by ${formatDay(dueOn)}.` },
    ];
  }
  if (facts.kind === MailingPaperKind.CONFERENCE_REQUEST && dueOn) {
    return [
      { kind: 'heading', text: 'By when' },
      {
        kind: 'paragraph',
        text: `Please answer by ${formatDay(dueOn)}. If you do not, the other side may tell the court that it tried to talk with you and you did not answer (Rule 37(a)(1)).`,
      },
    ];
  }
  if (facts.kind !== MailingPaperKind.DISCOVERY_SET || !dueOn || facts.copyFor) return [];
  const custody = facts.to.incarcerated
    ? ' Because you are in custody, your answers count as mailed on the day you hand them to prison staff for mailing.'
    : ' Your answers count as sent on the day you mail them.';
  return [
    { kind: 'heading', text: 'By when' },
    {
      kind: 'paragraph',
      text: `Mail your answers by ${formatDay(dueOn)}. That is the last day: 30 days after these papers were mailed to you, plus 3 days because they came by mail (Rules 6(d), 33, 34 and 36).${custody} If you need more time, ask in writing before that day.`,
    },
  ];
}

function conferring(facts: CoverFacts): string {
  const letters =
    facts.lettersQualify === true
      ? ' In your case, an exchange of letters counts as that effort.'
      : facts.lettersQualify === false
        ? ' You may ask them to talk by telephone.'
        : ' You may write letters, or ask them to talk by telephone.';
  return `Before either side asks the court for help with a disagreement about discovery, the two sides must try to settle it themselves (Rule 37(a)(1); Civil Local Rule 37-1). Write to the other side, say what you disagree with and why, and keep a copy.${letters}`;
}
