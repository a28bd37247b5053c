// In-page helpers for the bench cases: find controls the way the tests do (role and
// accessible name through shadow roots), wait frame by frame, answer request events.
import { getAllByRole } from '/__bench__/queries.js';

export const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Resolves after the next frame has been produced: the time a user would see a change. */
export const afterNextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** The first element with this role and accessible name under root, or undefined. */
export function findRole(role, name, root = document) {
  return getAllByRole(root, role, { name })[0];
}

export function allRoles(role, root = document) {
  return getAllByRole(root, role);
}

/** Whether a switch or checkbox (native, ARIA or Material) is on. */
export function isOn(control) {
  return control.checked === true || control.selected === true || control.getAttribute('aria-checked') === 'true';
}

/**
 * Checks `find()` at the start of each animation frame until it returns something;
 * resolves with that value, the time (performance.now()) at the start of that frame and
 * how many frames it took (1: the very next one). The clock is read before the check, so
 * the check's own cost (walking the page for roles and names) is not counted: what is
 * found is what that frame paints.
 */
export async function waitFor(find, what, timeoutMs = 60000) {
  const deadline = performance.now() + timeoutMs;
  for (let frames = 1; ; frames += 1) {
    await nextFrame();
    const at = performance.now();
    const value = find();
    if (value) return { value, at, frames };
    if (at > deadline) throw new Error(`Gave up after ${timeoutMs} ms waiting for ${what}`);
  }
}

/** Answers request events (`bai-…-fetch` and the like) the way a host page does. */
export function answerRequests(handlers, target = document) {
  for (const [type, handler] of Object.entries(handlers)) {
    target.addEventListener(type, (event) => event.respondWith(Promise.resolve(handler(event.detail))));
  }
}
