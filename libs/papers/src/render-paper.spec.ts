import { certificateOfService } from './certificate-of-service';
import { formatCourtDay, formatCourtTime, formatDay } from './dates';
import { PaperDocument } from './paper-document';
import { Signer } from './people';
import { captionPartyLines, courtLines, pageCount, renderPaper } from './render-paper';
import { flat, pdfPages } from './testing';

const counsel: Signer = {
  name: 'Dana Wu',
  signature: '/s/ Dana Wu',
  proSe: false,
  party: 'J. Brannon',
  side: 'DEFENDANT',
  firm: 'Office of the Attorney General',
  barNumber: '123456',
  mailingAddress: '455 Golden Gate Avenue, Suite 11000\nSan Francisco, CA 94102',
  telephone: '(415) 510-3500',
  email: 'dana.wu@doj.example',
};

const paper: PaperDocument = {
  title: 'Defendant’s First Set of Requests for Admission',
  caption: {
    court: 'United States District Court for the Northern District of California',
    caseNumber: 'C 13-4426 EDL (PR)',
    caseTitle: 'Luckert v. Brannon',
    judge: 'Elizabeth D. Laporte',
    parties: [
      { name: 'Luckert', side: 'PLAINTIFF' },
      { name: 'J. Brannon', side: 'DEFENDANT' },
    ],
  },
  filer: counsel,
  blocks: [
    { kind: 'request', label: 'REQUEST FOR ADMISSION NO. 1:', text: 'Admit that you were in the yard.' },
    { kind: 'signature', date: formatDay('2026-05-04'), signers: [counsel] },
    ...certificateOfService(
      'Defendant’s First Set of Requests for Admission',
      {
        servedOn: '2026-05-04',
        deliveredOn: null,
        entries: [
          {
            party: 'Luckert',
            side: 'PLAINTIFF',
            method: 'MAIL',
            people: [
              {
                name: 'R. Luckert',
                email: null,
                address: '#K-12345\nPelican Bay State Prison\nP.O. Box 7500\nCrescent City, CA 95532',
              },
            ],
          },
        ],
      },
      counsel,
    ),
  ],
  footer: 'Paper as served, SHA-256 abc.',
};

describe('a paper as rendered', () => {
  it('names the court once, in two lines, and the parties, number and judge', async () => {
    const [first] = await pdfPages(await renderPaper(paper));
    expect(first.match(/DISTRICT COURT/g)).toHaveLength(1);
    expect(first).toContain('UNITED STATES DISTRICT COURT');
    expect(first).toContain('NORTHERN DISTRICT OF CALIFORNIA');
    expect(first).not.toMatch(/FOR THE|N\.D\. CAL/i);
    expect(first).toContain('Case No. C 13-4426 EDL (PR)');
    expect(first).toContain('Judge: Hon. Elizabeth D. Laporte');
    expect(first).toContain('LUCKERT,');
    expect(first).toContain('J. BRANNON,');
  });

  it('identifies the signer as L.R. 3-4(a)(1) asks, and signs', async () => {
    const text = (await pdfPages(await renderPaper(paper))).join('\n');
    for (const part of [
      'Dana Wu (State Bar No. 123456)',
      '455 Golden Gate Avenue, Suite 11000',
      'Telephone: (415) 510-3500',
      'Email: dana.wu@doj.example',
      'Attorney for Defendant J. Brannon',
      '/s/ Dana Wu',
      'Dated: May 4, 2026',
    ]) {
      expect(text).toContain(part);
    }
  });

  it('gives the address mailed to in the certificate of service (FRCP 5(b)(2)(C))', async () => {
    const pages = await pdfPages(await renderPaper(paper));
    const certificate = flat(pages.at(-1) as string);
    expect(certificate).toContain('CERTIFICATE OF SERVICE');
    expect(certificate).toContain(
      'addressed to R. Luckert, #K-12345, Pelican Bay State Prison, P.O. Box 7500, Crescent City, CA 95532.',
    );
    expect(certificate).toContain(`Page ${pages.length} of ${pages.length}`);
    expect(pageCount(paper)).toBe(pages.length);
  });
});

describe('names as their people write them', () => {
  it('prints Vietnamese, Polish, Greek and Cyrillic letters, which the PDF standard fonts cannot', async () => {
    const names = ['Nguyễn Văn Thành', 'Łukasz Żółć', 'Παπαδόπουλος', 'Шевченко', 'José Nuñez'];
    const text = flat(
      (
        await pdfPages(
          await renderPaper({
            ...paper,
            caption: {
              ...paper.caption!,
              parties: names.map((name) => ({ name, side: 'PLAINTIFF' as const })),
            },
          }),
        )
      ).join('\n'),
    );
    for (const name of names) expect(text).toContain(`${name.toUpperCase()},`);
  });
});

describe('caption parts', () => {
  it('prints a court named without "for the" once, as given', () => {
    expect(courtLines('Superior Court of California, County of Alameda')).toEqual([
      'SUPERIOR COURT OF CALIFORNIA, COUNTY OF ALAMEDA',
    ]);
  });

  it('names several parties on a side in the plural', () => {
    expect(
      captionPartyLines([
        { name: 'Acme', side: 'PLAINTIFF' },
        { name: 'Widget', side: 'DEFENDANT' },
        { name: 'Sprocket', side: 'DEFENDANT' },
      ]),
    ).toEqual([
      'ACME,',
      '            Plaintiff,',
      '',
      'v.',
      '',
      'WIDGET, SPROCKET,',
      '            Defendants.',
    ]);
  });
});

describe('dates in the court’s zone', () => {
  it('a call at 5:30 p.m. Pacific is that day, not the UTC day after', () => {
    const instant = '2026-05-05T00:30:00Z';
    expect(formatCourtDay(instant, 'America/Los_Angeles')).toBe('May 4, 2026');
    expect(formatCourtTime(instant, 'America/Los_Angeles')).toBe('May 4, 2026, 5:30 p.m. PDT');
  });
});
