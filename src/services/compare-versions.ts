interface ParsedPart {
  number: number;
  suffix: string;
}

function parse(version: string): ParsedPart[] {
  const core = version.trim().replace(/^v/i, '').split('+')[0] ?? '';
  return core.split('.').map((part) => {
    const match = /^(\d*)(.*)$/.exec(part) as RegExpExecArray;
    return { number: match[1] ? Number(match[1]) : 0, suffix: (match[2] ?? '').replace(/^[-_]/, '') };
  });
}

/**
 * Compares dotted versions part by part as numbers (`24.9.0` < `24.10.0`); a missing part counts
 * as 0, and a pre-release suffix (`24.03.0rc1`, `1.0.0-beta`) comes before the plain number.
 * Negative when `a` is older, positive when newer, 0 when equal.
 */
export function compareVersions(a: string, b: string): number {
  const left = parse(a);
  const right = parse(b);
  for (let index = 0; index < Math.max(left.length, right.length); index += 1) {
    const x = left[index] ?? { number: 0, suffix: '' };
    const y = right[index] ?? { number: 0, suffix: '' };
    if (x.number !== y.number) return x.number < y.number ? -1 : 1;
    if (x.suffix !== y.suffix) {
      if (!x.suffix) return 1;
      if (!y.suffix) return -1;
      return Math.sign(x.suffix.localeCompare(y.suffix, 'en', { numeric: true }));
    }
  }
  return 0;
}
