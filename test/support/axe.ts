// Accessibility checks for component tests: axe-core follows shadow roots on its own.
import type { AxeResults, ElementContext, Result, RunOptions } from 'axe-core';

type Axe = typeof import('axe-core');

let loading: Promise<Axe> | undefined;

// axe-core ships as a script that sets `window.axe`; load it once per test page.
function loadAxe(): Promise<Axe> {
  loading ??= new Promise<Axe>((resolve, reject) => {
    const existing = (window as unknown as { axe?: Axe }).axe;
    if (existing) {
      resolve(existing);
      return;
    }
    const script = document.createElement('script');
    script.src = new URL('/node_modules/axe-core/axe.min.js', location.origin).href;
    script.onload = () => resolve((window as unknown as { axe: Axe }).axe);
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

function describeViolation(violation: Result): string {
  const targets = violation.nodes.map((node) => `    ${JSON.stringify(node.target)} ${node.failureSummary ?? ''}`.replace(/\n/g, ' '));
  return `  [${violation.impact}] ${violation.id}: ${violation.help}\n${targets.join('\n')}`;
}

/** Runs axe-core on `context` and returns its results, for tests that look closer. */
export async function runAxe(context: ElementContext, options: RunOptions = {}): Promise<AxeResults> {
  const axe = await loadAxe();
  return axe.run(context, { resultTypes: ['violations'], ...options });
}

/**
 * Fails with a readable list when axe-core finds a serious or critical violation in
 * `element` (shadow roots included). Minor and moderate findings are not counted.
 */
export async function expectNoAxeViolations(element: Element, options: RunOptions = {}): Promise<void> {
  const results = await runAxe(element, options);
  const severe = results.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
  if (severe.length > 0) {
    throw new Error(`axe-core found ${severe.length} serious or critical violation(s):\n${severe.map(describeViolation).join('\n')}`);
  }
}
