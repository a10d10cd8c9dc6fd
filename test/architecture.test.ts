import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import t from 'tap';
import { projectRoot } from '../src/lib/paths.js';

/**
 * The layers of src/ (src/README.md): imports point down. Each layer names what its files may
 * import from src/ (besides their own layer); packages and node: modules are not restricted here.
 */
const layers: { layer: string; may: string[] }[] = [
  { layer: 'src/types/', may: [] },
  { layer: 'src/domain/', may: [] },
  { layer: 'src/schemas/', may: ['src/domain/'] },
  { layer: 'src/lib/', may: ['src/config.ts', 'src/errors.ts', 'src/domain/'] },
  { layer: 'src/db/', may: ['src/config.ts', 'src/errors.ts', 'src/lib/', 'src/domain/'] },
  { layer: 'src/plugins/', may: ['src/config.ts', 'src/errors.ts', 'src/lib/', 'src/domain/', 'src/schemas/', 'src/db/'] },
  { layer: 'src/jobs/', may: ['src/config.ts', 'src/errors.ts', 'src/lib/', 'src/domain/', 'src/db/'] },
  { layer: 'src/modules/', may: ['src/config.ts', 'src/errors.ts', 'src/lib/', 'src/domain/', 'src/schemas/', 'src/db/', 'src/jobs/'] },
];

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(projectRoot, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}${entry.name}`;
    if (entry.isDirectory()) return entry.name === 'public' ? [] : sourceFiles(`${rel}/`);
    return /\.ts$/.test(entry.name) ? [rel] : [];
  });
}

/** The src/ files a file imports (static and dynamic imports, `export … from`), as project paths. */
function importsOf(file: string): string[] {
  const text = readFileSync(path.join(projectRoot, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)].map((m) => m[1] as string);
  return specifiers.map((specifier) => path.posix.join(path.posix.dirname(file), specifier).replace(/\.js$/, '.ts'));
}

for (const { layer, may } of layers) {
  t.test(`${layer} imports only from itself and ${may.length ? may.join(', ') : 'nothing else in src/'}`, async (t) => {
    const files = sourceFiles(layer);
    t.ok(files.length > 0, `${layer} has source files`);
    for (const file of files) {
      const upward = importsOf(file).filter(
        (target) => target.startsWith('src/') && !target.startsWith(layer) && !may.some((allowed) => target.startsWith(allowed)),
      );
      t.same(upward, [], `${file} imports nothing above its layer`);
    }
  });
}

t.test('the import reader sees the forms of import the code uses', async (t) => {
  t.same(importsOf('src/db/open.ts').sort(), ['src/config.ts', 'src/db/client.ts', 'src/db/migrate.ts', 'src/lib/paths.ts']);
});
