import { analyzeWorkbook } from '../../../src/domain/analyzeWorkbook';
import type { ThemeGroup } from '../../../src/domain/report/orderGoals';
import { orderGoals } from '../../../src/domain/report/orderGoals';
import { readWorkbook } from '../../../src/domain/readWorkbook';
import { exampleWorkbook, TODAY } from '../../helpers/fixtures';
import type { GoalSpec } from '../../helpers/planBuilder';
import { planWorkbook, VALID_GOALS } from '../../helpers/planBuilder';

const goal = (Id: string, Tema: string | null, Overordnet: string | null = null): GoalSpec => ({
  ...VALID_GOALS.Minimum,
  Id,
  Tema,
  Overordnet,
  Niveau: Overordnet === null ? 'Resultatmål' : 'Indsatsmål',
});

const order = (goals: GoalSpec[]): ThemeGroup[] =>
  orderGoals(readWorkbook(planWorkbook({ goals })).goals);

/** Each theme with its goals as `Id` or `Id>depth` for depth > 0. */
const outline = (groups: ThemeGroup[]): [string | null, string[]][] =>
  groups.map((g) => [
    g.theme,
    g.goals.map(({ goal: x, depth }) => (depth === 0 ? x.id : `${x.id}>${depth}`)),
  ]);

describe('orderGoals: the order of the status sheet', () => {
  it('keeps the themes in plan order, each once', () => {
    expect(
      outline(order([goal('A', 'Unge'), goal('B', 'Ledige'), goal('C', 'Unge'), goal('D', 'Job')])),
    ).toEqual([
      ['Unge', ['A', 'C']],
      ['Ledige', ['B']],
      ['Job', ['D']],
    ]);
  });

  it('puts goals without a theme last, as one group with theme null', () => {
    expect(outline(order([goal('A', null), goal('B', 'Unge'), goal('C', null)]))).toEqual([
      ['Unge', ['B']],
      [null, ['A', 'C']],
    ]);
  });

  it('puts each goal directly beneath its parent, one level deeper, even when the child comes first', () => {
    expect(
      outline(
        order([
          goal('C1', 'Unge', 'P2'),
          goal('P1', 'Unge'),
          goal('C2', 'Unge', 'P1'),
          goal('P2', 'Unge'),
          goal('G1', 'Unge', 'C2'),
        ]),
      ),
    ).toEqual([['Unge', ['P1', 'C2>1', 'G1>2', 'P2', 'C1>1']]]);
  });

  it('keeps a child whose parent is in another theme or missing at the top of its own theme', () => {
    expect(
      outline(order([goal('P', 'Unge'), goal('C', 'Ledige', 'P'), goal('X', 'Ledige', 'NOPE')])),
    ).toEqual([
      ['Unge', ['P']],
      ['Ledige', ['C', 'X']],
    ]);
  });

  it('lists goals in a cycle of parents once each and terminates', () => {
    const groups = order([goal('A', 'T', 'B'), goal('B', 'T', 'A'), goal('S', 'T', 'S')]);
    const ids = groups.flatMap((g) => g.goals.map((x) => x.goal.id));
    expect(ids.sort()).toEqual(['A', 'B', 'S']);
    expect(outline(groups)).toEqual([['T', ['S', 'A', 'B>1']]]);
  });

  it('orders the worked example with S3 beneath S1 and every goal once', () => {
    const { goals } = analyzeWorkbook(exampleWorkbook(), { today: TODAY });
    const groups = orderGoals(goals);
    expect(groups.map((g) => g.theme)).toEqual([
      'Flere unge skal have en uddannelse',
      'Langtidsledigheden skal bekæmpes',
      'Langvarige modtagere af offentlig forsørgelse skal have en sammenhængende indsats',
      'En tættere og styrket dialog med virksomhederne',
    ]);
    expect(outline(groups).map(([, ids]) => ids)).toEqual([
      ['U1', 'U2', 'U3>1', 'U4>1', 'U5>1', 'U6>1'],
      ['L1', 'L2>1', 'L3>1', 'L4>1', 'L5>1'],
      ['S1', 'S3>1', 'S2', 'LY1', 'LY2>1', 'LY3>1', 'LY4>1', 'LY5>1'],
      ['V1', 'V2>1', 'V3>1', 'V4>1', 'V5>1'],
    ]);
  });
});
