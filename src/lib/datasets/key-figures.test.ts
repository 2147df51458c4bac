import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../../tests/helpers/fixture-dataset.ts';
import { keyFigures } from './key-figures.ts';

describe('keyFigures', () => {
  const d = fixtureDataset();

  it('returns each highlighted number with its unit, period, dataset link and source sentence', () => {
    expect(keyFigures([d])).toEqual([
      {
        label: '持证残疾人',
        value: 5862,
        text: '5,862人',
        unit: '人',
        org: 'demo',
        period: '2023年（截止10月底）',
        topic: '持证残疾人',
        datasetId: 't',
        datasetTitle: '示例市持证残疾人',
        url: '/data/t/',
        document: '900',
        sentence: '示例市有听力残疾人1,445人，肢体残疾人4417人，合计持证残疾人5862人，占比68.4％。',
        anchor: 'd-t-3',
      },
    ]);
  });

  it('filters by organisation and by source document', () => {
    expect(keyFigures([d], { org: 'demo' })).toHaveLength(1);
    expect(keyFigures([d], { org: 'other' })).toEqual([]);
    expect(keyFigures([d], { document: '004' })).toEqual([]);
  });
});
