// Settings for the manifest analyzer that `npm run build` runs. The analyzer learns tag
// names from customElements.define() and event names from string literals; this library
// registers through defineElement() in src/define.ts and dispatches typed event classes
// that keep their name in `static eventName`, so two small plugins tell it both.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** `defineElement('bai-x', BaiX)` calls in src/define.ts: class name → tag. */
function registeredTags() {
  const source = readFileSync('src/define.ts', 'utf8');
  return new Map([...source.matchAll(/defineElement\(\s*['"]([a-z][a-z0-9]*-[a-z0-9-]*)['"]\s*,\s*(\w+)\s*\)/g)].map(([, tag, name]) => [name, tag]));
}

/** Event classes under src/events: class name → event name. */
function eventClassNames() {
  const names = new Map();
  for (const file of readdirSync('src/events').filter((name) => name.endsWith('.ts'))) {
    const source = readFileSync(join('src/events', file), 'utf8');
    for (const [, className, body] of source.matchAll(/class\s+(\w+)\s+extends\s+\w+[^{]*\{([\s\S]*?)\n\}/g)) {
      const eventName = body.match(/static\s+readonly\s+eventName\s*=\s*['"]([^'"]+)['"]/)?.[1];
      if (eventName) names.set(className, eventName);
    }
  }
  return names;
}

/** The request event names in src/protocol/request-map.ts: all of them are BaiRequestEvents. */
function requestNames() {
  const source = readFileSync('src/protocol/request-map.ts', 'utf8');
  const list = source.match(/BAI_REQUEST_NAMES[^=]*=\s*\[([^\]]*)\]/)?.[1] ?? '';
  return new Set([...list.matchAll(/['"]([^'"]+)['"]/g)].map(([, name]) => name));
}

function tagNamesFromDefineCalls() {
  return {
    name: 'bai-tag-names-from-define-calls',
    packageLinkPhase({ customElementsManifest }) {
      const tags = registeredTags();
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          const tag = tags.get(declaration.name);
          if (!tag) continue;
          declaration.tagName = tag;
          declaration.customElement = true;
          module.exports ??= [];
          if (!module.exports.some((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)) {
            module.exports.push({ kind: 'custom-element-definition', name: tag, declaration: { name: declaration.name, module: module.path } });
          }
        }
      }
    },
  };
}

/**
 * Names the events the analyzer found as `dispatchEvent(new SomeEvent())`, merges them with
 * the @fires entries and gives request events their type.
 */
function eventNamesFromEventClasses() {
  return {
    name: 'bai-event-names-from-event-classes',
    packageLinkPhase({ customElementsManifest }) {
      const names = eventClassNames();
      const requests = requestNames();
      const classOf = new Map([...names].map(([className, eventName]) => [eventName, className]));
      for (const module of customElementsManifest.modules ?? []) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.events) continue;
          const merged = new Map();
          const unnamed = [];
          for (const event of declaration.events) {
            const name = event.name || names.get(event.type?.text);
            if (!name) {
              unnamed.push(event);
              continue;
            }
            const known = merged.get(name) ?? {};
            const type = known.type ?? event.type;
            merged.set(name, { ...event, ...known, name, ...(type ? { type } : {}) });
          }
          for (const event of merged.values()) {
            if (event.type) continue;
            if (classOf.has(event.name)) event.type = { text: classOf.get(event.name) };
            else if (requests.has(event.name)) event.type = { text: 'BaiRequestEvent' };
          }
          declaration.events = [...merged.values(), ...unnamed];
        }
      }
    },
  };
}

export default {
  // The build passes globs and outdir; package.json's `customElements` is kept by hand, so
  // that running the analyzer elsewhere never rewrites it.
  packagejson: false,
  plugins: [tagNamesFromDefineCalls(), eventNamesFromEventClasses()],
};
