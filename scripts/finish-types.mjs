// After `tsc -p tsconfig.build.json`: declarations for what tsc cannot see.
// - dist/**/*.d.cts beside every .d.ts, for the CommonJS build under `require` (a .d.ts in a
//   "type": "module" package describes ESM; `require` users need CommonJS types that point at .cjs).
// - dist/styles.css.d.ts / .d.cts: the stylesheet has no exports, but TypeScript 6 and 7 check
//   side-effect imports, so `import 'react-mfa-enroll/styles.css'` needs types to resolve to.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));

/** `'./x.js'` → `'./x.cjs'` in import and export specifiers (and `import('./x.js')` types). */
function toCommonJsDeclaration(source) {
  return source.replace(/((?:from|import)\s*\(?\s*)(['"])(\.{1,2}\/[^'"]*?)\.js\2/g, '$1$2$3.cjs$2');
}

const stylesheet = '// The stylesheet exports nothing; these types let TypeScript resolve its side-effect import.\nexport {};\n';

function declarations(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return declarations(path);
    return entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

let count = 0;
for (const file of declarations(dist)) {
  writeFileSync(file.replace(/\.d\.ts$/, '.d.cts'), toCommonJsDeclaration(readFileSync(file, 'utf8')));
  count += 1;
}
writeFileSync(join(dist, 'styles.css.d.ts'), stylesheet);
writeFileSync(join(dist, 'styles.css.d.cts'), stylesheet);
console.log(`Declarations finished: ${count} .d.cts beside their .d.ts, and the stylesheet's.`);
