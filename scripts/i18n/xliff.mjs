// Reading and editing the xliff/<locale>.xlf files that lit-localize writes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';

export const ROOT = new URL('../../', import.meta.url).pathname;
export const CONFIG = JSON.parse(readFileSync(join(ROOT, 'lit-localize.json'), 'utf8'));
export const TARGET_LOCALES = CONFIG.targetLocales;
export const XLIFF_DIR = join(ROOT, CONFIG.interchange.xliffDir);

export function xliffPath(locale, dir = XLIFF_DIR) {
  return join(dir, `${locale}.xlf`);
}

export function parseXliff(path) {
  return new DOMParser().parseFromString(readFileSync(path, 'utf8'), 'text/xml');
}

export function writeXliff(path, doc) {
  writeFileSync(path, new XMLSerializer().serializeToString(doc), 'utf8');
}

function child(element, tagName) {
  return element.getElementsByTagName(tagName)[0];
}

/**
 * A message's text with each placeholder written as `{index}`: two sources compare equal
 * exactly when a translator would translate them the same way, whatever the expressions
 * inside the placeholders are called.
 */
export function messageText(element) {
  let text = '';
  for (let i = 0; i < element.childNodes.length; i++) {
    const node = element.childNodes[i];
    if (node.nodeType === node.TEXT_NODE || node.nodeType === node.CDATA_SECTION_NODE) text += node.nodeValue;
    else if (node.nodeName === 'x' || node.nodeName === 'ph') text += `{${node.getAttribute('id')}}`;
  }
  return text;
}

/** The trans-units of a document: id → {element, source (text), translated}. */
export function transUnits(doc) {
  const units = new Map();
  const elements = doc.getElementsByTagName('trans-unit');
  for (let i = 0; i < elements.length; i++) {
    const element = elements[i];
    const source = child(element, 'source');
    const target = child(element, 'target');
    units.set(element.getAttribute('id'), {
      element,
      sourceElement: source,
      source: source ? messageText(source) : '',
      translated: Boolean(target && messageText(target).trim()),
    });
  }
  return units;
}

export function readUnits(locale, dir = XLIFF_DIR) {
  return transUnits(parseXliff(xliffPath(locale, dir)));
}
