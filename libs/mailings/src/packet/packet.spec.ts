import { writeFileSync } from 'node:fs';
import { renderPaper, Signer } from '@parley/papers';
import { flat, pdfPages } from '@parley/papers/testing';
import { MailingPaperKind } from '../mailing-enums';
import { CoverFacts } from './cover-facts';
import { mailingPacket } from './packet';

const COUNSEL: Signer = {
  name: 'Dana Wu',
  signature: '/s/ Dana Wu',
  proSe: false,
  party: 'J. Brannon',
  side: 'DEFENDANT',
  firm: 'Office of the Attorney General',
  barNumber: '123456',
  mailingAddress: '455 Golden Gate Avenue, Suite 11000\nSan Francisco, CA 94102',
  telephone: '(415) 510-4400',
  email: 'dana.wu@example.gov',
};

const FACTS: CoverFacts = {
  kind: MailingPaperKind.DISCOVERY_SET,
  setKind: 'INTERROGATORIES',
  title: 'Defendant J. Brannon’s First Set of Interrogatories to Plaintiff Luckert',
  caption: {
    court: 'United States District Court for the Northern District of California',
    caseNumber: 'C 13-3451 EDL (PR)',
    caseTitle: 'Luckert v. Brannon',
    judge: 'Elizabeth D. Laporte',
    parties: [
      { name: 'Luckert', side: 'PLAINTIFF' },
      { name: 'J. Brannon', side: 'DEFENDANT' },
    ],
  },
  to: {
    name: 'Luckert',
    side: 'PLAINTIFF',
    address: '#K-12345\nPelican Bay State Prison\nP.O. Box 7500\nCrescent City, CA 95532',
    incarcerated: true,
  },
  copyFor: null,
  from: COUNSEL,
  lettersQualify: true,
  timeZone: 'America/Los_Angeles',
};

async function paper(): Promise<Buffer> {
  return renderPaper({
    title: 'THE PAPER ITSELF',
    caption: FACTS.caption,
    filer: COUNSEL,
    blocks: [{ kind: 'request', label: 'INTERROGATORY NO. 1:', text: 'State the names of the officers.' }],
    footer: null,
  });
}

describe('a mailing packet: cover sheet, the paper, certificate of service by mail', () => {
  it('tells a layperson what it is, what to do and by which day, then the paper, then the certificate', async () => {
    const pdf = await mailingPacket(FACTS, await paper(), { dueOn: '2026-12-28', mailedOn: '2026-11-23' });
    if (process.env.PACKET_OUT) writeFileSync(process.env.PACKET_OUT, pdf);
    const pages = (await pdfPages(pdf)).map(flat);
    const cover = pages[0];
    expect(cover).toContain('IMPORTANT: PAPERS IN YOUR COURT CASE');
    expect(cover).toContain('Pelican Bay State Prison');
    expect(cover).toContain('written questions you must answer under oath');
    expect(cover).toContain('Mail your answers by December 28, 2026.');
    expect(cover).toContain('hand them to prison staff for mailing');
    expect(cover).toContain('455 Golden Gate Avenue');
    expect(cover).toContain('an exchange of letters counts as that effort');
    expect(cover).not.toMatch(/INTERROGATORIES|DISCOVERY_SET|undefined|null/);
    expect(
      pages.some((p) => p.includes('THE PAPER ITSELF') && p.includes('State the names of the officers.')),
    ).toBe(true);
    const certificate = pages[pages.length - 1];
    expect(certificate).toContain('CERTIFICATE OF SERVICE BY MAIL');
    expect(certificate).toContain('I certify that on November 23, 2026, I served the foregoing');
    expect(certificate).toContain('Crescent City, CA 95532');
    expect(certificate).toContain('/s/ Dana Wu');
  });

  it('tells a party who gets a copy that nothing is asked of him', async () => {
    const pdf = await mailingPacket({ ...FACTS, copyFor: 'Plaintiff Ruiz' }, await paper(), {
      dueOn: null,
      mailedOn: null,
    });
    const cover = flat((await pdfPages(pdf))[0]);
    expect(cover).toContain('which Defendant J. Brannon served on Plaintiff Ruiz');
    expect(cover).toContain('You do not have to do anything: it is addressed to Plaintiff Ruiz.');
    expect(cover).not.toContain('By when');
  });

  it('leaves the day blank on the certificate until the mailing is marked mailed', async () => {
    const pdf = await mailingPacket(FACTS, await paper(), { dueOn: '2026-12-28', mailedOn: null });
    const certificate = flat((await pdfPages(pdf)).at(-1) as string);
    expect(certificate).toContain('I certify that on ____________________, I served');
  });

  it('says what answers and letters ask of him, with no date where none runs', async () => {
    for (const [kind, words] of [
      [MailingPaperKind.DISCOVERY_RESPONSE, 'You do not have to do anything.'],
      [MailingPaperKind.LETTER, 'answer it by letter to the address below'],
    ] as const) {
      const pdf = await mailingPacket({ ...FACTS, kind, setKind: null }, await paper(), {
        dueOn: null,
        mailedOn: null,
      });
      const cover = flat((await pdfPages(pdf))[0]);
      expect(cover).toContain(words);
      expect(cover).not.toContain('By when');
    }
  });
});
