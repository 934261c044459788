import { writeFileSync } from 'node:fs';
import { join as joinPath } from 'node:path';
import { flat, pdfPages } from '@parley/papers/testing';
import {
  countRows,
  createCase,
  createCourt,
  join,
  register,
  signInAsAdmin,
  signUp,
  SignedIn,
} from './support/factories';
import { draftSet, SERVE_RESPONSE, SERVE_SET, serveSet, SET } from './support/discovery';
import {
  CERTIFY,
  CONFIRM,
  CONTEST,
  ESCALATE,
  LOG_CONFERENCE,
  openDispute,
  REQUEST_CONFERENCE,
  SEND_LETTER,
  SUBMIT_POSITION,
} from './support/conferral';
import { expectGolden } from './support/golden';
import { GraphQLClient } from './support/graphql-client';
import { Parley, startParley } from './support/test-app';

const COURT = 'United States District Court for the Northern District of California';
const PRISON = 'CDCR #K-52713\nPelican Bay State Prison\nP.O. Box 7500\nCrescent City, CA 95532';
const COUNSEL = {
  firm: 'Wu & Brannon Law Group LLP',
  barNumber: '214793',
  mailingAddress: '1 Market Street, Suite 2400\nSan Francisco, CA 94105',
  telephone: '(415) 555-0142',
};
const ACME = '500 Howard Street\nSan Francisco, CA 94105';
const SET_PARTY_ADDRESS = `mutation($input: SetPartyAddressInput!) { setPartyAddress(input: $input) { id mailingAddress } }`;
const UPDATE_PROFILE = `mutation($input: UpdateSignerProfileInput!) { updateSignerProfile(input: $input) { name signerProfile { mailingAddress telephone barNumber firm } } }`;

/**
 * Court-ready papers (DOMAIN.md): read as the clerk and the prisoner who receive them would, from the
 * PDFs themselves. The court is named once; every date is the court's day; the signer is identified;
 * a certificate of service by mail gives the address; interrogatory answers carry the party's oath or
 * say they lack it; the joint letter attests to lead counsel's conference only when it is true.
 */
describe('papers a clerk would accept', () => {
  let parley: Parley;
  let courtId: string;

  beforeAll(async () => {
    parley = await startParley();
    courtId = (
      await createCourt(await signInAsAdmin(parley), {
        name: COURT,
        district: 'N.D. Cal.',
        timeZone: 'America/Los_Angeles',
      })
    ).id;
  });
  afterAll(() => parley?.close());

  /** An account with a fixed email, so the papers it signs read the same every run. */
  const account = (name: string, email: string, profile: Record<string, string> = {}) =>
    register(parley, name, email, profile);

  let printed = 0;
  async function pdf(client: GraphQLClient, path: string): Promise<string[]> {
    const response = await fetch(`${parley.baseUrl}${path}`, {
      headers: { authorization: `Bearer ${client.token}` },
    });
    expect([response.status, response.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    const bytes = new Uint8Array(await response.arrayBuffer());
    // PAPERS_OUT=<dir> keeps each PDF, to render to PNG and read as its recipient would.
    if (process.env.PAPERS_OUT)
      writeFileSync(joinPath(process.env.PAPERS_OUT, `${path.split('/')[1]}-${++printed}.pdf`), bytes);
    return pdfPages(bytes);
  }

  /** What no paper may print: an API code, a bracketed tag, a machine date. */
  function expectNoCodes(text: string) {
    expect(text).not.toMatch(/\[|\b[A-Z]+_[A-Z_]+\b|\d{4}-\d{2}-\d{2}/);
  }

  describe('Luckert v. Brannon, served by mail and answered', () => {
    let defense: SignedIn;
    let luckert: SignedIn;
    let caseId: string;
    let plaintiffId: string;
    let defendantId: string;
    let set: any;

    beforeAll(async () => {
      defense = await account('Dana Wu', 'dana.wu@brannon-law.example', COUNSEL);
      luckert = await account('R. Luckert', 'luckert@prison-mail.example');
      const created = await createCase(defense.client, courtId, {
        docketNumber: 'C 13-4426 EDL (PR)',
        judge: 'Elizabeth D. Laporte',
        parties: [
          { name: 'Luckert', side: 'PLAINTIFF', proSe: true, incarcerated: true, mailingAddress: PRISON },
          { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
      });
      caseId = created.id;
      [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
      await join(defense.client, plaintiffId, luckert, 'PRO_SE');
      // Handed to prison staff at 11:30 p.m. Pacific on May 4: the UTC day is already May 5.
      parley.setTime('2026-05-05T06:30:00Z');
      const draft = await draftSet(luckert.client, {
        caseId,
        servingPartyId: plaintiffId,
        respondingPartyId: defendantId,
        kind: 'INTERROGATORIES',
        title: 'First Set of Interrogatories',
        items: [
          { text: 'State the name of every officer present in the yard on March 14, 2012.' },
          { text: 'Describe each use of force against Plaintiff that day, and who ordered it.', subparts: 2 },
        ],
      });
      set = await serveSet(luckert.client, draft.id, 'MAIL', '/s/ R. Luckert');
    });

    it('the set: caption once, the pro se signer’s block, the court’s day, and counsel’s address on the certificate', async () => {
      const pages = await pdf(defense.client, `/discovery-sets/${set.id}/paper.pdf`);
      const text = flat(pages.join('\n'));
      expect(set.servedOn).toBe('2026-05-04');
      expect(text.match(/DISTRICT COURT/g)).toHaveLength(1);
      expect(text).toContain('UNITED STATES DISTRICT COURT NORTHERN DISTRICT OF CALIFORNIA');
      expect(text).not.toMatch(/FOR THE NORTHERN|N\.D\. CAL/i);
      expect(text).toContain('Case No. C 13-4426 EDL (PR)');
      expect(text).toContain('PLAINTIFF LUCKERT’S FIRST SET OF INTERROGATORIES');
      // L.R. 3-4(a)(1): the prisoner signs pro se, at the prison's address.
      expect(text).toContain(
        'R. Luckert CDCR #K-52713 Pelican Bay State Prison P.O. Box 7500 Crescent City, CA 95532',
      );
      expect(text).toContain('Plaintiff Luckert, pro se');
      expect(text).toContain('Dated: May 4, 2026');
      expect(text).not.toContain('May 5, 2026');
      // FRCP 5(b)(1), 5(b)(2)(C): a represented party is served through its attorney, at her address.
      expect(text).toContain(
        'Defendant J. Brannon: by first-class United States mail, postage prepaid (FRCP 5(b)(2)(C)), addressed to Dana Wu, 1 Market Street, Suite 2400, San Francisco, CA 94105.',
      );
      expect(text).toMatch(/responses are due on June 8, 2026/);
      expectNoCodes(text.replace(/SHA-256 [0-9a-f]+/, ''));
      expectGolden('set-paper', pages);
    });

    it('the answers: objections signed by counsel, the defendant’s own oath, a certificate naming the address used', async () => {
      parley.setTime('2026-06-02T17:00:00Z');
      const [first, second] = set.items;
      const { serveResponse } = await defense.client.ok(
        `mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id unverified verification { signedBy signature verifiedOn } } }`,
        {
          input: {
            setId: set.id,
            method: 'ELECTRONIC',
            signature: '/s/ Dana Wu',
            verification: { signedBy: 'J. Brannon', signature: '/s/ J. Brannon' },
            items: [
              { itemId: first.id, answer: 'Officers Brannon, Ruiz and Okafor.' },
              { itemId: second.id, objections: ['Vague as to "use of force".'] },
            ],
          },
        },
      );
      expect(serveResponse).toMatchObject({
        unverified: false,
        verification: { signedBy: 'J. Brannon', signature: '/s/ J. Brannon', verifiedOn: '2026-06-02' },
      });
      const pages = await pdf(luckert.client, `/discovery-responses/${serveResponse.id}/paper.pdf`);
      const text = flat(pages.join('\n'));
      expect(text).toContain(
        'DEFENDANT J. BRANNON’S RESPONSES TO PLAINTIFF LUCKERT’S FIRST SET OF INTERROGATORIES',
      );
      expect(text).toContain('Dana Wu (State Bar No. 214793) Wu & Brannon Law Group LLP');
      expect(text).toContain('Telephone: (415) 555-0142 Email: dana.wu@brannon-law.example');
      expect(text).toContain('RESPONSE TO INTERROGATORY NO. 2: Objection: Vague as to "use of force".');
      expect(text).toContain('As to the objections (FRCP 33(b)(5)):');
      expect(text).toContain(
        'VERIFICATION I, J. Brannon, have read the foregoing answers of Defendant J. Brannon',
      );
      expect(text).toContain('Executed on June 2, 2026');
      expect(text).toContain(
        'Plaintiff Luckert: by electronic means consented to in writing (FRCP 5(b)(2)(E)), sent to R. Luckert at luckert@prison-mail.example.',
      );
      expectNoCodes(text.replace(/SHA-256 [0-9a-f]+/, ''));
      expectGolden('response-paper', pages);
    });

    it('a supplement without the oath is served and flagged unverified, on the paper and in the API', async () => {
      parley.setTime('2026-06-10T17:00:00Z');
      const { serveResponse } = await defense.client.ok(
        `mutation($input: ServeResponseInput!) { serveResponse(input: $input) { id version unverified verification { signedBy } } }`,
        {
          input: {
            setId: set.id,
            method: 'ELECTRONIC',
            signature: '/s/ Dana Wu',
            items: [
              { itemId: set.items[1].id, answer: 'Officer Ruiz used a baton once; Sgt. Okafor ordered it.' },
            ],
          },
        },
      );
      expect(serveResponse).toMatchObject({ version: 2, unverified: true, verification: null });
      const { discoverySet } = await luckert.client.ok(SET, { id: set.id });
      expect(discoverySet.flags).toEqual([
        { rule: 'FRCP 33(b)(3)', message: expect.stringMatching(/not verified under oath/) },
      ]);
      const text = flat(
        (await pdf(luckert.client, `/discovery-responses/${serveResponse.id}/paper.pdf`)).join('\n'),
      );
      expect(text).toContain('SUPPLEMENTAL RESPONSES (NO. 1)');
      expect(text).toContain('ANSWERS NOT VERIFIED');
      expect(text).not.toContain('VERIFICATION I,');
    });

    it('refuses an oath on anything but interrogatory answers, and writes nothing', async () => {
      const production = await draftSet(luckert.client, {
        caseId,
        servingPartyId: plaintiffId,
        respondingPartyId: defendantId,
        kind: 'PRODUCTION',
        items: [{ text: 'The use-of-force report.' }],
      });
      const served = await serveSet(luckert.client, production.id, 'MAIL', '/s/ R. Luckert');
      const before = await countRows(parley, 'discovery_responses');
      const error = await defense.client.fails(SERVE_RESPONSE, {
        input: {
          setId: served.id,
          method: 'ELECTRONIC',
          signature: '/s/ Dana Wu',
          verification: { signedBy: 'J. Brannon', signature: '/s/ J. Brannon' },
          items: [{ itemId: served.items[0].id, production: 'WILL_PRODUCE' }],
        },
      });
      expect([error.extensions.code, error.message]).toEqual([
        'BAD_USER_INPUT',
        expect.stringMatching(/verification is the party’s oath on interrogatory answers/),
      ]);
      expect(await countRows(parley, 'discovery_responses')).toBe(before);
    });

    it('a letter between the parties prints on the same paper: letterhead, the court’s day, to whom, the case, signed', async () => {
      const dispute = await openDispute(
        luckert.client,
        caseId,
        [set.items[1].id],
        'The objection to Interrogatory 2 is boilerplate.',
      );
      // 11:30 p.m. Pacific on June 11: the UTC day is already June 12.
      parley.setTime('2026-06-12T06:30:00Z');
      const { sendLetter } = await defense.client.ok(SEND_LETTER, {
        input: {
          disputeId: dispute.id,
          body: 'We maintain the objection to Interrogatory 2 as drafted.\n\nWe will answer it for March 14, 2012 only, if that resolves the dispute.',
        },
      });
      const pages = await pdf(luckert.client, `/conferral-events/${sendLetter.id}/paper.pdf`);
      const text = flat(pages.join('\n'));
      // The sender's block as letterhead (no caption: a letter is not filed), then the court's day.
      expect(text).toMatch(
        /^Dana Wu \(State Bar No\. 214793\) Wu & Brannon Law Group LLP 1 Market Street, Suite 2400 San Francisco, CA 94105 Telephone: \(415\) 555-0142 Email: dana\.wu@brannon-law\.example Attorney for Defendant J\. Brannon June 11, 2026 /,
      );
      expect(text).not.toContain('June 12, 2026');
      expect(text).not.toMatch(/DISTRICT COURT/);
      expect(text).toContain('Delivered through Parley to R. Luckert (luckert@prison-mail.example)');
      expect(text).toContain(
        'Re: Luckert v. Brannon, Case No. C 13-4426 EDL (PR) Meeting and conferring (FRCP 37(a)(1); Civil L.R. 37-1) on the dispute opened as: “The objection to Interrogatory 2 is boilerplate.”',
      );
      expect(text).toContain(
        'Dear R. Luckert: We maintain the objection to Interrogatory 2 as drafted. We will answer it for March 14, 2012 only, if that resolves the dispute.',
      );
      expect(text).toContain('Sincerely, /s/ Dana Wu Dana Wu Attorney for Defendant J. Brannon');
      expect(text).toContain('Sent through Parley on June 11, 2026, 11:30 p.m. PDT.');
      expectNoCodes(text.replace(/SHA-256 [0-9a-f]+/, ''));
      expectGolden('letter-paper', pages);

      // The prisoner's answer carries his own block, pro se, at the prison's address.
      const { sendLetter: reply } = await luckert.client.ok(SEND_LETTER, {
        input: { disputeId: dispute.id, body: 'I do not agree. The whole day matters.' },
      });
      const answer = flat((await pdf(defense.client, `/conferral-events/${reply.id}/paper.pdf`)).join('\n'));
      expect(answer).toMatch(
        /^R\. Luckert CDCR #K-52713 Pelican Bay State Prison P\.O\. Box 7500 Crescent City, CA 95532 Email: luckert@prison-mail\.example Plaintiff Luckert, pro se /,
      );
      expect(answer).toContain('Delivered through Parley to Dana Wu (dana.wu@brannon-law.example)');
      expect(answer).toContain('Sincerely, /s/ R. Luckert R. Luckert Plaintiff Luckert, pro se');

      // A letter sent before letters were kept whole prints from its record, and says so.
      await parley.db.query(`UPDATE conferral_events SET paper = NULL, paper_sha256 = NULL WHERE id = $1`, [
        reply.id,
      ]);
      parley.setTime('2026-06-20T17:00:00Z');
      const rebuilt = flat((await pdf(defense.client, `/conferral-events/${reply.id}/paper.pdf`)).join('\n'));
      expect(rebuilt).toContain('I do not agree. The whole day matters.');
      expect(rebuilt).toContain(
        'Printed on June 20, 2026 from the record of a letter sent before Parley kept letters whole: its text and date are as sent; names and addresses are as on file that day.',
      );
      // A kept letter altered afterwards is never handed out as the letter sent.
      await parley.db.query(
        `UPDATE conferral_events SET paper = jsonb_set(paper, '{body}', '"Forged."') WHERE id = $1`,
        [sendLetter.id],
      );
      const forged = await fetch(`${parley.baseUrl}/conferral-events/${sendLetter.id}/paper.pdf`, {
        headers: { authorization: `Bearer ${luckert.client.token}` },
      });
      expect(forged.status).toBe(500);
    });

    it('only letters print, and only for the parties', async () => {
      const dispute = await openDispute(luckert.client, caseId, [set.items[0].id], 'Names are missing.');
      const { logConference } = await luckert.client.ok(LOG_CONFERENCE, {
        input: {
          disputeId: dispute.id,
          mode: 'TELEPHONE',
          heldAt: '2026-06-11T17:00:00Z',
          durationMinutes: 15,
          participants: ['R. Luckert', 'Dana Wu'],
          summary: 'Talked it through.',
        },
      });
      const conference = await fetch(`${parley.baseUrl}/conferral-events/${logConference.id}/paper.pdf`, {
        headers: { authorization: `Bearer ${defense.client.token}` },
      });
      expect(conference.status).toBe(409);
      expect(((await conference.json()) as any).errors[0]).toMatchObject({
        message: expect.stringMatching(/Only a letter prints as a paper/),
        extensions: { code: 'CONFLICT' },
      });
      const { sendLetter } = await luckert.client.ok(SEND_LETTER, {
        input: { disputeId: dispute.id, body: 'Please give the names.' },
      });
      const outsider = await signUp(parley, 'Letter Outsider');
      const hidden = await fetch(`${parley.baseUrl}/conferral-events/${sendLetter.id}/paper.pdf`, {
        headers: { authorization: `Bearer ${outsider.client.token}` },
      });
      expect(hidden.status).toBe(404);
    });
  });

  describe('the dates a paper states', () => {
    async function defenseCase(email: string, rule26fConferenceOn: string) {
      const counsel = await account('Early Counsel', email, COUNSEL);
      // Not a prisoner's pro se case, which FRCP 26(d)(1) frees from the wait for the conference.
      const created = await createCase(counsel.client, courtId, {
        rule26fConferenceOn,
        parties: [
          { name: 'Acme', side: 'PLAINTIFF', proSe: false, incarcerated: false, mailingAddress: ACME },
          { name: 'J. Brannon', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
      });
      const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
      return { counsel, caseId: created.id, plaintiffId, defendantId };
    }

    it('early Rule 34 requests are dated and certified the day they were delivered, served at the conference', async () => {
      const c = await defenseCase('early.counsel@example.org', '2026-06-01');
      parley.setTime('2026-05-01T17:00:00Z');
      const draft = await draftSet(c.counsel.client, {
        caseId: c.caseId,
        servingPartyId: c.defendantId,
        respondingPartyId: c.plaintiffId,
        kind: 'PRODUCTION',
        title: 'First Set of Requests for Production',
        items: [{ text: 'Every grievance Plaintiff filed about the yard.' }],
      });
      const served = await serveSet(c.counsel.client, draft.id, 'MAIL', '/s/ Early Counsel');
      expect(served.servedOn).toBe('2026-06-01');
      const text = flat((await pdf(c.counsel.client, `/discovery-sets/${served.id}/paper.pdf`)).join('\n'));
      expect(text).toContain('Dated: May 1, 2026');
      expect(text).not.toContain('Dated: June 1, 2026');
      expect(text).toContain(
        'I certify that on May 1, 2026, I delivered the foregoing Defendant J. Brannon’s First Set of Requests for Production to each other party to this action (FRCP 26(d)(2)(A))',
      );
      expect(text).toContain(
        'These requests were delivered on May 1, 2026, before the parties’ Rule 26(f) conference, and are considered served at that conference, on June 1, 2026 (FRCP 26(d)(2)(B)).',
      );
      expect(text).not.toMatch(/I served the foregoing|Service by mail is complete/);
      expectNoCodes(text.replace(/SHA-256 [0-9a-f]+/, ''));
    });

    it('requests answerable only after the discovery cut-off say so on their face (Civil L.R. 37-3)', async () => {
      const c = await defenseCase('late.counsel@example.org', '2026-05-01');
      parley.setTime('2026-12-01T17:00:00Z');
      const draft = await draftSet(c.counsel.client, {
        caseId: c.caseId,
        servingPartyId: c.defendantId,
        respondingPartyId: c.plaintiffId,
        kind: 'ADMISSIONS',
        title: 'First Set of Requests for Admission',
        items: [{ text: 'Admit that you were in the yard on March 14, 2012.' }],
      });
      const served = await serveSet(c.counsel.client, draft.id, 'MAIL', '/s/ Early Counsel');
      const text = flat((await pdf(c.counsel.client, `/discovery-sets/${served.id}/paper.pdf`)).join('\n'));
      expect(text).toContain(
        'That is after the discovery cut-off of December 18, 2026. Under Civil L.R. 37-3, requests that call for responses after the cut-off are not enforceable without an order of the court.',
      );
      expectNoCodes(text.replace(/SHA-256 [0-9a-f]+/, ''));
    });
  });

  describe('addresses and signers', () => {
    it('mail to a party with no address is refused until someone gives it; the other side may while nobody represents it', async () => {
      const defense = await signUp(parley, 'Counsel Mailing');
      const created = await createCase(defense.client, courtId, {
        parties: [
          { name: 'Okafor', side: 'PLAINTIFF', proSe: true, incarcerated: true },
          { name: 'Warden Hale', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
      });
      const [okaforId, haleId] = created.parties.map((p: { id: string }) => p.id);
      parley.setTime('2026-05-04T17:00:00Z');
      const draft = await draftSet(defense.client, {
        caseId: created.id,
        servingPartyId: haleId,
        respondingPartyId: okaforId,
      });
      const mail = { setId: draft.id, method: 'MAIL', signature: '/s/ Counsel Mailing' };
      const refused = await defense.client.fails(SERVE_SET, { input: mail });
      expect([refused.extensions.code, refused.extensions.rule, refused.message]).toEqual([
        'RULE_VIOLATION',
        'FRCP 5(b)(2)(C)',
        'Okafor has no mailing address on file, so a paper cannot be mailed to it. Add the address with setPartyAddress, then serve.',
      ]);
      expect((await defense.client.ok(SET, { id: draft.id })).discoverySet.status).toBe('DRAFT');
      const outsider = await signUp(parley, 'Outsider');
      const hidden = await outsider.client.fails(SET_PARTY_ADDRESS, {
        input: { partyId: okaforId, mailingAddress: 'Somewhere' },
      });
      expect(hidden.extensions.code).toBe('NOT_FOUND');
      const blank = await defense.client.fails(SET_PARTY_ADDRESS, {
        input: { partyId: okaforId, mailingAddress: ' \n ' },
      });
      expect(blank.extensions.code).toBe('BAD_USER_INPUT');
      const { setPartyAddress } = await defense.client.ok(SET_PARTY_ADDRESS, {
        input: {
          partyId: okaforId,
          mailingAddress:
            '  CDCR #T-10442 \n\n Salinas Valley State Prison\nP.O. Box 1050\nSoledad, CA 93960 ',
        },
      });
      expect(setPartyAddress.mailingAddress).toBe(
        'CDCR #T-10442\nSalinas Valley State Prison\nP.O. Box 1050\nSoledad, CA 93960',
      );
      const served = await serveSet(defense.client, draft.id, 'MAIL', '/s/ Counsel Mailing');
      const text = flat((await pdf(defense.client, `/discovery-sets/${served.id}/paper.pdf`)).join('\n'));
      expect(text).toContain(
        'addressed to Okafor, CDCR #T-10442, Salinas Valley State Prison, P.O. Box 1050, Soledad, CA 93960.',
      );

      // Once Okafor is represented on Parley, only Okafor's side gives Okafor's address.
      const okafor = await signUp(parley, 'Okafor Himself');
      await join(defense.client, okaforId, okafor, 'PRO_SE');
      const theirs = await defense.client.fails(SET_PARTY_ADDRESS, {
        input: { partyId: okaforId, mailingAddress: 'Elsewhere' },
      });
      expect(theirs.extensions.code).toBe('FORBIDDEN');
      await okafor.client.ok(SET_PARTY_ADDRESS, {
        input: { partyId: okaforId, mailingAddress: 'High Desert State Prison\nSusanville, CA 96127' },
      });
    });

    it('counsel cannot sign without the address and telephone L.R. 3-4(a)(1) asks for; with them, the paper carries them', async () => {
      const bare = (await account('Bare Counsel', 'bare.counsel@example.org')).client;
      const created = await createCase(bare, courtId);
      const [plaintiffId, defendantId] = created.parties.map((p: { id: string }) => p.id);
      parley.setTime('2026-05-04T17:00:00Z');
      const draft = await draftSet(bare, {
        caseId: created.id,
        servingPartyId: defendantId,
        respondingPartyId: plaintiffId,
      });
      const refused = await bare.fails(SERVE_SET, {
        input: { setId: draft.id, method: 'MAIL', signature: '/s/ Bare Counsel' },
      });
      expect([refused.extensions.code, refused.extensions.rule, refused.message]).toEqual([
        'RULE_VIOLATION',
        'N.D. Cal. Civil L.R. 3-4(a)(1)',
        expect.stringMatching(/carries your mailing address and telephone number .* updateSignerProfile/),
      ]);
      const wrong = await bare.fails(UPDATE_PROFILE, { input: { telephone: 'call me maybe' } });
      expect([wrong.extensions.code, wrong.message]).toEqual([
        'BAD_USER_INPUT',
        expect.stringMatching(/telephone must be a telephone number/),
      ]);
      const { updateSignerProfile } = await bare.ok(UPDATE_PROFILE, {
        input: {
          mailingAddress: '1 Main St\nOakland, CA 94607',
          telephone: '+1 510 555 0199',
          firm: 'Bare LLP',
        },
      });
      expect(updateSignerProfile.signerProfile).toEqual({
        mailingAddress: '1 Main St\nOakland, CA 94607',
        telephone: '+1 510 555 0199',
        barNumber: null,
        firm: 'Bare LLP',
      });
      expect((await bare.ok(`{ me { signerProfile { telephone } } }`)).me.signerProfile.telephone).toBe(
        '+1 510 555 0199',
      );
      await bare.ok(SERVE_SET, { input: { setId: draft.id, method: 'MAIL', signature: '/s/ Bare Counsel' } });
    });
  });

  describe('the joint letter', () => {
    /** Two represented parties who confer by telephone: the conference is the record the letter rests on. */
    async function conferred(contested: boolean) {
      const plaintiffCounsel = await signUp(parley, 'Priya Natarajan');
      const defenseCounsel = await signUp(parley, 'Marcus Hale');
      const created = await createCase(plaintiffCounsel.client, courtId, {
        title: 'Acme v. Widget Works',
        docketNumber: contested ? '3:26-cv-00412-EDL' : '3:26-cv-00411-EDL',
        parties: [
          { name: 'Acme', side: 'PLAINTIFF', proSe: false, incarcerated: false },
          { name: 'Widget Works', side: 'DEFENDANT', proSe: false, incarcerated: false },
        ],
        myPartyIndex: 0,
        rule26fConferenceOn: '2026-04-01',
      });
      const [acmeId, widgetId] = created.parties.map((p: { id: string }) => p.id);
      await join(plaintiffCounsel.client, widgetId, defenseCounsel, 'COUNSEL');
      parley.setTime('2026-05-04T17:00:00Z');
      const draft = await draftSet(plaintiffCounsel.client, {
        caseId: created.id,
        servingPartyId: acmeId,
        respondingPartyId: widgetId,
      });
      const served = await serveSet(plaintiffCounsel.client, draft.id, 'ELECTRONIC', '/s/ Priya Natarajan');
      parley.setTime('2026-06-01T17:00:00Z');
      await defenseCounsel.client.ok(SERVE_RESPONSE, {
        input: {
          setId: served.id,
          method: 'ELECTRONIC',
          signature: '/s/ Marcus Hale',
          items: served.items.map((i: { id: string }) => ({ itemId: i.id, objections: ['Overbroad.'] })),
        },
      });
      const dispute = await openDispute(plaintiffCounsel.client, created.id, [served.items[0].id]);
      // 5:30 p.m. Pacific on June 3 is already June 4 in UTC.
      parley.setTime('2026-06-04T01:30:00Z');
      const { logConference } = await plaintiffCounsel.client.ok(LOG_CONFERENCE, {
        input: {
          disputeId: dispute.id,
          mode: 'TELEPHONE',
          heldAt: '2026-06-04T00:30:00Z',
          durationMinutes: 40,
          participants: ['Priya Natarajan', 'Marcus Hale'],
          leadCounselParticipated: true,
          summary: 'Went through Interrogatory 1.',
        },
      });
      parley.setTime('2026-06-05T17:00:00Z');
      if (contested) {
        await defenseCounsel.client.ok(CONTEST, {
          input: { eventId: logConference.id, reason: 'Lead counsel for Widget Works was not on the call.' },
        });
      } else {
        await defenseCounsel.client.ok(CONFIRM, { id: logConference.id });
      }
      return { plaintiffCounsel, defenseCounsel, disputeId: dispute.id, caseId: created.id };
    }

    async function escalated(c: Awaited<ReturnType<typeof conferred>>) {
      await c.plaintiffCounsel.client.ok(CERTIFY, {
        input: {
          disputeId: c.disputeId,
          statement: 'We conferred in good faith.',
          signature: '/s/ Priya Natarajan',
        },
      });
      const { escalateDispute } = await c.plaintiffCounsel.client.ok(ESCALATE, {
        input: {
          disputeId: c.disputeId,
          position: 'The objections are boilerplate.',
          compromise: 'Answer in 14 days.',
        },
      });
      await c.defenseCounsel.client.ok(SUBMIT_POSITION, {
        input: {
          escalationId: escalateDispute.id,
          position: 'The interrogatory is overbroad.',
          compromise: 'Answer for 2019 only.',
        },
      });
      const pages = await pdf(c.plaintiffCounsel.client, `/escalations/${escalateDispute.id}/packet.pdf`);
      return { pages, text: flat(pages.join('\n')) };
    }

    it('attests that lead counsel met and conferred when they did, uncontested: the court’s day, both signatures', async () => {
      const { pages, text } = await escalated(await conferred(false));
      expect(text.match(/DISTRICT COURT/g)).toHaveLength(1);
      expect(text).toContain('JOINT DISCOVERY LETTER BRIEF');
      expect(text).toContain(
        'The parties attest that lead counsel for each side met and conferred by telephone on June 3, 2026, 5:30 p.m. PDT, before this letter was filed (Civil L.R. 37-1(a)).',
      );
      expect(text).toMatch(
        /Respectfully submitted, \/s\/ Priya Natarajan Priya Natarajan Attorney for Plaintiff Acme \/s\/ Marcus Hale Marcus Hale Attorney for Defendant Widget Works/,
      );
      expect(text).toContain('Confirmed by the other side.');
      expectNoCodes(text);
      expectGolden('joint-letter', pages);
    });

    it('says no such thing when the conference record is contested: it says who records what, and why the other side disputes it', async () => {
      const c = await conferred(true);
      // A contested call still counts for the gate (DOMAIN.md), but the letter may not attest to it.
      await c.plaintiffCounsel.client.ok(REQUEST_CONFERENCE, {
        input: {
          disputeId: c.disputeId,
          mode: 'VIDEO',
          proposedTimes: ['2026-06-09T17:00:00Z', '2026-06-10T17:00:00Z'],
          message: 'Lead counsel for both sides, please.',
        },
      });
      parley.setTime('2026-06-25T17:00:00Z');
      const { pages, text } = await escalated(c);
      expect(text).not.toMatch(/attest that lead counsel/);
      expect(text).toContain(
        'The parties do not agree that they met and conferred. Acme records a conference by telephone on June 3, 2026, 5:30 p.m. PDT, with lead counsel for each side taking part. The other side contests that record: “Lead counsel for Widget Works was not on the call.”',
      );
      expect(text).toContain(
        'Contested by the other side: “Lead counsel for Widget Works was not on the call.”',
      );
      expect(text).toMatch(
        /June 5, 2026, 10:00 a\.m\. PDT: Acme asked to confer by video, proposing June 9, 2026, 10:00 a\.m\. PDT or June 10, 2026, 10:00 a\.m\. PDT, writing: “Lead counsel for both sides, please\.” It was not answered by June 15, 2026, the last day the court allows\./,
      );
      expectNoCodes(text);
      expectGolden('joint-letter-contested', pages);
    });
  });
});
