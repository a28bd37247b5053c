import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { getByRole } from '../../support/queries.js';
import { expectNoAxeViolations } from '../../support/axe.js';
import type { BaiUserSettings } from '../../../src/components/user-settings/user-settings.js';
import { renderSettings } from './fixture.js';

/** Elements inside the shadow root whose box reaches past the element's right edge. */
function overflowing(element: BaiUserSettings): string[] {
  const right = element.getBoundingClientRect().right + 0.5;
  return [...element.shadowRoot!.querySelectorAll<HTMLElement>('.row, .toolbar, md-switch, .field, md-outlined-button, p')]
    .filter((node) => node.getBoundingClientRect().right > right)
    .map((node) => `${node.localName}.${node.className}`);
}

/** Asks the browser to report a colour scheme; false where the launcher cannot (Firefox without CDP). */
async function preferColorScheme(colorScheme: 'light' | 'dark'): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme });
    return true;
  } catch {
    return false;
  }
}

describe('<bai-user-settings> layout and colour schemes', () => {
  afterEach(async () => {
    await preferColorScheme('light');
    await setViewport({ width: 800, height: 600 });
  });

  it('fits a 320 px wide screen with every control visible', async () => {
    await setViewport({ width: 320, height: 640 });
    const element = await renderSettings();
    expect(element.getBoundingClientRect().width).to.be.at.most(320);
    expect(overflowing(element)).to.deep.equal([]);
    const language = getByRole(element, 'combobox', { name: 'Language' });
    expect(language.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('follows the colour scheme the browser reports, with readable text', async () => {
    await preferColorScheme('dark');
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const element = await renderSettings();
    const page = element.shadowRoot!.querySelector('.page')!;
    const [r, g, b] = getComputedStyle(page).backgroundColor.match(/\d+/g)!.map(Number);
    if (dark) expect(r + g + b, 'dark background').to.be.lessThan(150);
    else expect(r + g + b, 'light background').to.be.greaterThan(600);
    await expectNoAxeViolations(element);
  });

  it('takes its colours from --bai-* properties before Material tokens', async () => {
    const element = await renderSettings();
    element.style.setProperty('--md-sys-color-surface', 'rgb(1, 2, 3)');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.page')!).backgroundColor).to.equal('rgb(1, 2, 3)');
    element.style.setProperty('--bai-surface', 'rgb(4, 5, 6)');
    expect(getComputedStyle(element.shadowRoot!.querySelector('.page')!).backgroundColor).to.equal('rgb(4, 5, 6)');
  });
});
