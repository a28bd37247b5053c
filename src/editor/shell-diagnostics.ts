import { getProcessor, LangVariant } from 'sh-syntax';
import type { ScriptLanguage } from '../dotfiles/known-files.js';

/** A syntax error the shell parser found, at a character offset of the text. */
export interface ShellSyntaxError {
  from: number;
  message: string;
}

// Resolved against this module, so the parser's WebAssembly travels beside the chunk that needs it.
const WASM_URL = new URL('../../node_modules/sh-syntax/main.wasm', import.meta.url);

let compiled: Promise<WebAssembly.Module> | undefined;

function compileParser(): Promise<WebAssembly.Module> {
  compiled ??= fetch(WASM_URL).then(async (response) => {
    if (!response.ok) throw new Error(`Could not load the shell parser (${response.status})`);
    return WebAssembly.compile(await response.arrayBuffer());
  });
  // A failed download may succeed later: forget it.
  compiled.catch(() => (compiled = undefined));
  return compiled;
}

// Compiling the parser once and instantiating it per check keeps every check cheap.
const parse = getProcessor(async (imports) => WebAssembly.instantiate(await compileParser(), imports));

const VARIANTS: Partial<Record<ScriptLanguage, number>> = {
  bash: LangVariant.LangBash,
  zsh: LangVariant.LangZsh,
  sh: LangVariant.LangPOSIX,
};

const encoder = new TextEncoder();
const decoder = new TextDecoder();

function characterOffset(text: string, byteOffset: number): number {
  return decoder.decode(encoder.encode(text).subarray(0, byteOffset)).length;
}

/** Parses a script with mvdan/sh (compiled to WebAssembly) and returns its first syntax error, if any. */
export async function findShellSyntaxErrors(text: string, language: ScriptLanguage): Promise<ShellSyntaxError[]> {
  const variant = VARIANTS[language];
  if (variant === undefined) return [];
  try {
    await parse(text, { variant, keepComments: false });
    return [];
  } catch (error) {
    const parseError = error as { Text?: string; message?: string; Pos?: { Offset: number } };
    const message = parseError.Text ?? parseError.message ?? String(error);
    const from = parseError.Pos ? characterOffset(text, parseError.Pos.Offset) : text.length;
    return [{ from: Math.min(from, text.length), message }];
  }
}
