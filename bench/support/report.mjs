// The results as a plain-text table: one row per metric, medians first.

function format(value, unit = 'ms') {
  if (value === undefined) return '—';
  const digits = Math.abs(value) < 1 ? 3 : Math.abs(value) < 100 ? 1 : 0;
  return `${value.toFixed(digits)} ${unit}`;
}

function baselineOf(metric, summary) {
  if (metric.baseline) {
    const measured = summary[metric.baseline];
    if (!measured) return '—';
    const runs = measured.count === 1 ? ', 1 run' : '';
    return `${format(measured.median, metric.unit)} (${metric.baselineLabel ?? 'upstream design'}${runs})`;
  }
  return metric.baselineNote ?? '—';
}

function rowsOf(result) {
  if (result.unavailable) return [[result.title, 'not available yet', '', '', '', '', '']];
  if (result.error) return [[result.title, 'failed', '', '', '', '', '']];
  return result.metrics.map((metric, index) => {
    const summary = result.summary[metric.key];
    return [
      index === 0 ? result.title : '',
      metric.label,
      format(summary?.median, metric.unit),
      format(summary?.min, metric.unit),
      format(summary?.max, metric.unit),
      baselineOf(metric, result.summary),
      String(summary?.count ?? 0),
    ];
  });
}

/** Why cases did not run or failed, one line each, for under the table. */
export function formatNotes(results) {
  return results
    .filter((result) => result.unavailable || result.error)
    .map((result) => `- ${result.title}: ${result.unavailable ?? `failed: ${result.error}`}`)
    .join('\n');
}

export function formatTable(results) {
  const header = ['case', 'metric', 'median', 'min', 'max', 'baseline (median)', 'runs'];
  const rows = [header, ...results.flatMap(rowsOf)];
  const widths = header.map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const line = (row) => `| ${row.map((cell, column) => cell.padEnd(widths[column])).join(' | ')} |`;
  return [line(rows[0]), `|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}
