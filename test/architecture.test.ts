/** DESIGN.md section 2: data flows one way, and core stays pure. */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from './support/cli.js';

function sources(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.d.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

const imports = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map(
    (m) => m[1]!,
  );

describe('the layers', () => {
  it('keep core free of I/O, clocks, randomness and other layers', () => {
    for (const file of sources('src/core')) {
      const text = readFileSync(file, 'utf8');
      for (const spec of imports(file)) {
        expect(
          spec.startsWith('./') ||
            [
              'simple-statistics',
              '@stdlib/math-base-special-betainc',
              '@stdlib/math-base-special-erfc',
            ].includes(spec),
          `${file} imports ${spec}`,
        ).toBe(true);
      }
      expect(text, file).not.toMatch(
        /Math\.random|Date\.now|new Date\(\)|performance\.now|\bprocess\.|require\(/,
      );
    }
  });

  it('keep report pure: no readers, no GitHub, no CLI, no file system', () => {
    for (const file of sources('src/report')) {
      for (const spec of imports(file)) {
        expect(spec, `${file} imports ${spec}`).not.toMatch(
          /^node:|\/github\/|\/cli\/|\/action\/|read-folder|read-git/,
        );
      }
    }
  });

  it('let only the github layer talk to GitHub', () => {
    for (const dir of ['src/core', 'src/catalog', 'src/report', 'src/pipeline', 'src/cli']) {
      for (const file of sources(dir)) {
        for (const spec of imports(file))
          expect(spec, `${file} imports ${spec}`).not.toMatch(/octokit|@actions\/github/);
      }
    }
  });

  it('keep the catalog layer from reaching downstream', () => {
    for (const file of sources('src/catalog')) {
      for (const spec of imports(file))
        expect(spec, `${file} imports ${spec}`).not.toMatch(/\/(report|github|cli|action|pipeline)\//);
    }
  });
});
