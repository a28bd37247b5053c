import type { MdSwitch } from '@material/web/switch/switch.js';

/**
 * md-switch renders its input with `?checked`, and an attribute stops steering a checkbox
 * once the user has clicked it: a switch turned back by code (permission refused, reset,
 * a change in another tab) would look off but still tell screen readers "on". This puts
 * the input's state back in line with `selected` after each render.
 */
export async function syncSwitchInputs(root: ParentNode): Promise<void> {
  const switches = [...root.querySelectorAll<MdSwitch>('md-switch')];
  await Promise.all(
    switches.map(async (control) => {
      await control.updateComplete;
      const input = control.shadowRoot?.querySelector('input');
      if (input && input.checked !== control.selected) input.checked = control.selected;
    }),
  );
}
