import { expect } from '@open-wc/testing';
import { compareVersions } from '../../src/services/compare-versions.js';

describe('compareVersions', () => {
  const cases: [string, string, number][] = [
    ['24.03.0', '24.03.0', 0],
    ['24.09.1', '24.09.0', 1],
    ['24.9.0', '24.10.0', -1],
    ['24.10.0', '24.9.0', 1],
    ['25.1', '25.1.0', 0],
    ['25.1.0.1', '25.1', 1],
    ['v24.03.2', '24.03.1', 1],
    ['24.03.0rc1', '24.03.0', -1],
    ['24.03.0', '24.03.0-beta.2', 1],
    ['24.03.0rc2', '24.03.0rc10', -1],
    ['24.03.0+build.7', '24.03.0', 0],
    [' 23.09.10 ', '23.09.9', 1],
  ];
  for (const [a, b, expected] of cases) {
    it(`orders ${a} against ${b}`, () => {
      expect(compareVersions(a, b)).to.equal(expected);
      expect(compareVersions(b, a)).to.equal(-expected || 0);
    });
  }
});
