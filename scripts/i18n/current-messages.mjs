// The messages the source code holds right now, as lit-localize extracts them, without
// touching xliff/: extraction runs against a copy of the config that writes to a temp dir.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CONFIG, ROOT, TARGET_LOCALES, readUnits } from './xliff.mjs';

/** id → source text (placeholders as `{index}`). Exits the process when extraction fails. */
export function currentMessages() {
  const dir = mkdtempSync(join(tmpdir(), 'bai-i18n-'));
  try {
    const config = {
      ...CONFIG,
      tsConfig: resolve(ROOT, CONFIG.tsConfig),
      output: {
        ...CONFIG.output,
        outputDir: resolve(ROOT, CONFIG.output.outputDir),
        localeCodesModule: resolve(ROOT, CONFIG.output.localeCodesModule),
      },
      interchange: { ...CONFIG.interchange, xliffDir: join(dir, 'xliff') },
    };
    delete config.$schema;
    const configPath = join(dir, 'lit-localize.json');
    writeFileSync(configPath, JSON.stringify(config));
    const result = spawnSync('npx', ['lit-localize', 'extract', `--config=${configPath}`], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (result.status !== 0) {
      process.stderr.write(result.stdout + result.stderr);
      console.error('Extracting the current messages failed (see above).');
      process.exit(1);
    }
    const units = readUnits(TARGET_LOCALES[0], join(dir, 'xliff'));
    return new Map([...units].map(([id, unit]) => [id, unit.source]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
