import type { ObservationSpec } from '../../helpers/planBuilder';
import { evaluateOne, VALID_GOALS } from '../../helpers/planBuilder';

/** Milepæl with the deadline juni 2015 (end 2015M06). */
const MILESTONE = VALID_GOALS.Milepæl;

const status = (Periode: string, Milepælsstatus: string, Område: string | null = null) => ({
  MålId: 'G1',
  Periode,
  Milepælsstatus,
  Område,
  Kommentar: `${Milepælsstatus} ${Periode}`,
});

function evaluate(observations: ObservationSpec[], reportPeriod: string) {
  return evaluateOne(
    { goals: [MILESTONE], observations, settings: { Kommune: 'Ishøj' } },
    reportPeriod,
  );
}

describe('§4.4 Milepæl: the latest own Milepælsstatus, judged against the deadline at end(R)', () => {
  it.each([
    ['Gennemført', 'met', 'met'],
    ['Igangsat', 'on_track', 'not_met'],
    ['Ikke startet', 'not_started', 'not_met'],
    ['Forsinket', 'at_risk', 'not_met'],
    ['Opgivet', 'not_met', 'not_met'],
  ])('%s is %s before the deadline and %s after it', (state, before, after) => {
    const early = evaluate([status('2015M04', state)], '2015M05');
    expect(early).toMatchObject({ status: before, final: false });
    const late = evaluate([status('2015M04', state)], '2015M08');
    expect(late).toMatchObject({ status: after, final: true });
  });

  it('no status at all is not_started before the deadline and not_met after it', () => {
    expect(evaluate([], '2015M05')).toMatchObject({ status: 'not_started', final: false });
    expect(evaluate([], '2015M07')).toMatchObject({ status: 'not_met', final: true });
  });

  it('the result is final from the deadline month on: end(R) ≥ deadline', () => {
    expect(evaluate([status('2015M05', 'Igangsat')], '2015M06')).toMatchObject({
      status: 'not_met',
      final: true,
    });
    expect(evaluate([status('2015M05', 'Gennemført')], '2015K2')).toMatchObject({
      status: 'met',
      final: true,
    });
  });

  it('the latest status up to R counts; later ones do not yet', () => {
    const observations = [
      status('2015M03', 'Igangsat'),
      status('2015M05', 'Gennemført'),
      status('2015M07', 'Opgivet'),
    ];
    expect(evaluate(observations, '2015M04')).toMatchObject({
      status: 'on_track',
      comment: 'Igangsat 2015M03',
    });
    expect(evaluate(observations, '2015M05')).toMatchObject({
      status: 'met',
      comment: 'Gennemført 2015M05',
    });
    expect(evaluate(observations, '2015M08')).toMatchObject({
      status: 'not_met',
      comment: 'Opgivet 2015M07',
    });
  });

  it('a status for another area is ignored; the Kommune name is own', () => {
    expect(evaluate([status('2015M04', 'Gennemført', 'Brøndby')], '2015M05').status).toBe(
      'not_started',
    );
    expect(evaluate([status('2015M04', 'Gennemført', 'ishøj')], '2015M05').status).toBe('met');
  });

  it('a milestone has no A, E or attainment; the period and comment are the status row’s', () => {
    const result = evaluate([status('2015M04', 'Forsinket')], '2015M05');
    expect(result).toMatchObject({
      actual: null,
      expected: null,
      attainment: null,
      q: null,
      deviation: null,
      comment: 'Forsinket 2015M04',
      actualPeriod: { kind: 'month' },
    });
  });

  it('the explanation names the status, its period and the deadline', () => {
    const before = evaluate([status('2015M04', 'Forsinket')], '2015M05');
    expect(before.explanation.da).toBe("Milepælsstatus 'Forsinket' (april 2015); frist juni 2015.");
    expect(before.explanation.en).toBe(
      "Milestone status 'Delayed' (April 2015); deadline June 2015.",
    );
    const after = evaluate([status('2015M04', 'Forsinket')], '2015M08');
    expect(after.explanation.da).toBe(
      "Milepælsstatus 'Forsinket' (april 2015); frist juni 2015 (overskredet).",
    );
    const done = evaluate([status('2015M04', 'Gennemført')], '2015M08');
    expect(done.explanation.da).toBe("Milepælsstatus 'Gennemført' (april 2015); frist juni 2015.");
    expect(evaluate([], '2015M05').explanation.da).toBe(
      'Ingen milepælsstatus endnu; frist juni 2015.',
    );
  });
});
