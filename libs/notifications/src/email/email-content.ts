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
  DISPUTE_ESCALATED: 'A discovery dispute went to the court',
  POSITION_SUBMITTED: 'The joint discovery letter changed',
  RULING_ISSUED: 'The court ruled on a discovery dispute',
  DEADLINE_REMINDER: 'A deadline is coming',
  DEADLINE_PASSED: 'A deadline passed',
  DEADLINE_MET: 'A deadline was met',
  ESCALATION_BEFORE_COURT: 'A discovery dispute is before the court',
  COURT_STAFF_ADDED: 'A staff account was added to your court',
  DOCKET_NUMBER_SHARED: 'Two Parley cases claim one docket number',
};

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/** The email for a notice: plain text and HTML saying the same, with a link back to Parley. */
export function noticeEmail(kind: NotificationKind, message: string, name: string, publicUrl: string) {
  const subject = `Parley: ${SUBJECTS[kind]}`;
  const text = `${name},\n\n${message}\n\nOpen Parley: ${publicUrl}\n\nYou receive these because you represent a party on Parley. Turn email notices off in your notification preferences.\n`;
  const html = `<!doctype html><html><body style="font-family: Georgia, serif; max-width: 40em">
<p>${escapeHtml(name)},</p>
<p>${escapeHtml(message)}</p>
<p><a href="${escapeHtml(publicUrl)}">Open Parley</a></p>
<p style="color:#666;font-size:smaller">You receive these because you represent a party on Parley. Turn email notices off in your notification preferences.</p>
</body></html>`;
  return { subject, text, html };
}
