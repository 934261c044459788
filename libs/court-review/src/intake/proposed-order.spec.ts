import { discoveryFiledOrder } from './proposed-order';

describe('the order Parley proposes on discovery mailed to the court', () => {
  const facts = {
    filer: { name: 'Luckert', side: 'PLAINTIFF', incarcerated: true },
    lettersQualify: true,
    receivedOn: '2026-11-20',
    mailedOn: '2026-11-16',
    serveOn: [
      {
        party: 'J. Brannon',
        servedOn: 'Dana Wu, Brannon Law LLP',
        address: '1 Market Street\nSan Francisco, CA 94105',
      },
    ],
    verdict: {
      open: false,
      missing: [{ code: 'NO_CERTIFICATION', explanation: 'There is no certification.' }],
      explanation: 'x',
    },
  };

  it('holds the seed’s three things: serve the other side at its address, confer first, a prisoner by letter', () => {
    const order = discoveryFiledOrder(facts);
    expect(order).toContain(
      'not filed with the court until they are used in the proceeding (Fed. R. Civ. P. 5(d)(1)(A))',
    );
    expect(order).toContain(
      'must serve them on Dana Wu, Brannon Law LLP, for J. Brannon, at 1 Market Street, San Francisco, CA 94105.',
    );
    expect(order).toContain('after meeting and conferring in good faith');
    expect(order).toContain(
      'The case’s record shows that the papers do not certify that the parties met and conferred.',
    );
    expect(order).toContain('by telephone or by an exchange of letters');
    expect(order).toContain('mailed on November 16, 2026');
  });

  it('tells the parties to confer by talking where the case does not accept letters, and says when no address is on file', () => {
    const order = discoveryFiledOrder({
      ...facts,
      filer: { ...facts.filer, incarcerated: false },
      lettersQualify: false,
      serveOn: [{ party: 'J. Brannon', servedOn: 'J. Brannon', address: null }],
      verdict: { open: true, missing: [], explanation: 'x' },
    });
    expect(order).toContain('in person, by video or by telephone');
    expect(order).toContain('(no address is on file: ask the clerk for it)');
    expect(order).not.toContain('record shows');
  });

  it('lets a party not in custody confer by letters where the case accepts them', () => {
    const order = discoveryFiledOrder({ ...facts, filer: { ...facts.filer, incarcerated: false } });
    expect(order).toContain(
      'As this case allows, the parties may meet and confer by telephone or by an exchange of letters',
    );
  });
});
