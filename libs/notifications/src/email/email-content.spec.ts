import { SystemRole } from '@parley/platform';
import { NotificationKind } from '../notification-kind';
import { noticeEmail, whyYouReceiveThis } from './email-content';

const URL = 'https://parley.example';

describe('notice emails say why the reader receives them, in their own terms', () => {
  it('tells court staff it is because they are staff of their court, not a party’s representative', () => {
    const email = noticeEmail(
      NotificationKind.COURT_CALENDAR_CHANGED,
      'Dana Wu added a state holiday.',
      {
        name: 'Chambers of Judge Laporte',
        role: SystemRole.COURT_STAFF,
        courtName: 'U.S. District Court, N.D. Cal.',
      },
      URL,
    );
    const why = 'You receive these because you are on the staff of U.S. District Court, N.D. Cal. on Parley.';
    expect(email.text).toContain(why);
    expect(email.html).toContain(why);
    expect(email.text).not.toMatch(/represent a party/);
    expect(email.html).not.toMatch(/represent a party/);
  });

  it('tells a party’s member it is because they represent a party', () => {
    const email = noticeEmail(
      NotificationKind.DEADLINE_MOVED,
      'Your deadline moved.',
      { name: 'R. Luckert', role: SystemRole.USER, courtName: null },
      URL,
    );
    expect(email.subject).toBe('Parley: A deadline moved with the court’s calendar');
    expect(email.text).toBe(
      'R. Luckert,\n\nYour deadline moved.\n\nOpen Parley: https://parley.example\n\nYou receive these because you represent a party on Parley. Turn email notices off in your notification preferences.\n',
    );
  });

  it('tells an administrator it is because they administer the installation', () => {
    expect(whyYouReceiveThis({ name: 'Ada', role: SystemRole.ADMIN, courtName: null })).toBe(
      'You receive these because you administer this Parley installation.',
    );
  });

  it('escapes the court’s name in HTML', () => {
    const { html } = noticeEmail(
      NotificationKind.COURT_STAFF_ADDED,
      'x',
      { name: 'Clerk', role: SystemRole.COURT_STAFF, courtName: 'Court <b>&</b>' },
      URL,
    );
    expect(html).toContain('staff of Court &lt;b&gt;&amp;&lt;/b&gt; on Parley');
  });
});
