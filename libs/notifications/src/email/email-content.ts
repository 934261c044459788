import { SystemRole } from '@parley/platform';
import { NotificationKind } from '../notification-kind';

const SUBJECTS: Record<NotificationKind, string> = {
  MEMBER_JOINED: 'Someone joined your case',
  SET_SERVED: 'Discovery was served',
  SET_WITHDRAWN: 'Discovery was withdrawn',
  RESPONSE_SERVED: 'Discovery responses were served',
  EXTENSION_PROPOSED: 'A new response date is proposed',
  EXTENSION_AGREED: 'A new response date is agreed',
  DISCOVERY_ORDER_RECORDED: 'A stipulation or order was recorded',
  DISPUTE_OPENED: 'A discovery dispute was opened',
  CONFERENCE_REQUESTED: 'You are asked to meet and confer',
  CONFERENCE_ANSWERED: 'Your request to confer was answered',
  CONFERENCE_LOGGED: 'Confirm or contest a conference record',
  CONFERENCE_CONTESTED: 'Your conference record is contested',
  LETTER_RECEIVED: 'A letter about a discovery dispute',
  DISPUTE_CLOSED: 'A discovery dispute was closed',
  RESOLUTION_PROPOSED: 'A resolution of your discovery dispute is proposed',
  DISPUTE_ESCALATED: 'A discovery dispute went to the court',
  POSITION_SUBMITTED: 'The joint discovery letter changed',
  RULING_ISSUED: 'The court ruled on a discovery dispute',
  DEADLINE_REMINDER: 'A deadline is coming',
  DEADLINE_PASSED: 'A deadline passed',
  DEADLINE_MET: 'A deadline was met',
  DEADLINE_MOVED: 'A deadline moved with the court’s calendar',
  ESCALATION_BEFORE_COURT: 'A discovery dispute is before the court',
  COURT_STAFF_ADDED: 'A staff account was added to your court',
  COURT_CALENDAR_CHANGED: 'Your court’s calendar or settings changed',
  DOCKET_NUMBER_SHARED: 'Two Parley cases claim one docket number',
  MAILING_TO_SEND: 'A paper to print and mail',
  PAPER_FILED: 'A paper was mailed to the court in your case',
  PAPER_FILING_ORDERED: 'The court entered an order on a paper mailed to it',
  PRODUCTION_SERVED: 'Documents were produced to you',
  PRIVILEGE_LOG_SERVED: 'A privilege log was served on you',
  CLAWBACK_REQUESTED: 'Produced pages are being clawed back as privileged',
  CLAWBACK_ANSWERED: 'The other side answered your clawback',
  CLAWBACK_WITHDRAWN: 'A clawback was withdrawn',
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** Whom an email goes to, and in what capacity Parley writes to them. */
export interface EmailRecipient {
  name: string;
  role: SystemRole;
  /** The court a court staff account belongs to. */
  courtName: string | null;
}

/** Why this person hears from Parley, in their own terms: a clerk represents no party. */
export function whyYouReceiveThis(recipient: EmailRecipient): string {
  switch (recipient.role) {
    case SystemRole.COURT_STAFF:
      return `You receive these because you are on the staff of ${recipient.courtName ?? 'a court'} on Parley.`;
    case SystemRole.ADMIN:
      return 'You receive these because you administer this Parley installation.';
    default:
      return 'You receive these because you represent a party on Parley.';
  }
}

/** The email for a notice: plain text and HTML saying the same, with a link back to Parley. */
export function noticeEmail(
  kind: NotificationKind,
  message: string,
  recipient: EmailRecipient,
  publicUrl: string,
) {
  const subject = `Parley: ${SUBJECTS[kind]}`;
  const footer = `${whyYouReceiveThis(recipient)} Turn email notices off in your notification preferences.`;
  const text = `${recipient.name},\n\n${message}\n\nOpen Parley: ${publicUrl}\n\n${footer}\n`;
  const html = `<!doctype html><html><body style="font-family: Georgia, serif; max-width: 40em">
<p>${escapeHtml(recipient.name)},</p>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(publicUrl)}">Open Parley</a></p>
<p style="color:#666;font-size:smaller">${escapeHtml(footer)}</p>
</body></html>`;
  return { subject, text, html };
}
