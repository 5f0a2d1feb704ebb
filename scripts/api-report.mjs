// The public API of every entry point, as API Extractor reads the built declarations: one committed
// report per entry under test/api/. `npm run api:update` rewrites them; `--check` (run by
// test/package/api-report.test.ts) fails when the public surface changed without its report, so
// every change of a public name or type shows up in review.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const repo = fileURLToPath(new URL('..', import.meta.url));

/** Entry point → the declaration file `npm run build` writes for it. */
export const entries = {
  'react-mfa-enroll': 'index',
  core: 'core/index',
  'adapters-cognito': 'adapters/cognito/index',
  'adapters-cognito-identity-js': 'adapters/cognito-identity-js/index',
  'adapters-amplify': 'adapters/amplify/index',
  'adapters-memory': 'adapters/memory/index',
  'adapters-server': 'adapters/server/index',
  server: 'server/index',
  i18n: 'i18n/index',
};

/** Extracts every entry's report; in check mode, returns the names whose report differs from the committed one. */
export function extractReports({ check }) {
  const temp = mkdtempSync(join(tmpdir(), 'mfa-api-'));
  const changed = [];
  try {
    for (const [name, declarations] of Object.entries(entries)) {
      const config = ExtractorConfig.prepare({
        configObject: {
          projectFolder: repo,
          mainEntryPointFilePath: join(repo, 'dist', `${declarations}.d.ts`),
          compiler: {
            overrideTsconfig: {
              compilerOptions: { target: 'ES2022', lib: ['ES2023', 'DOM'], module: 'ESNext', moduleResolution: 'Bundler', jsx: 'react-jsx', strict: true, skipLibCheck: true, types: [] },
              include: [join(repo, 'dist')],
            },
          },
          apiReport: { enabled: true, reportFileName: name, reportFolder: join(repo, 'test/api'), reportTempFolder: temp },
          docModel: { enabled: false },
          dtsRollup: { enabled: false },
          tsdocMetadata: { enabled: false },
          messages: {
            // Release tags (@public, @beta) are not used: everything exported is public.
            extractorMessageReporting: { default: { logLevel: 'none', addToApiReportFile: true }, 'ae-missing-release-tag': { logLevel: 'none', addToApiReportFile: false },
              // Line numbers of the declarations: noise in review, and churn on every unrelated edit.
              'ae-undocumented': { logLevel: 'none', addToApiReportFile: false },
            },
            tsdocMessageReporting: { default: { logLevel: 'none', addToApiReportFile: false } },
            compilerMessageReporting: { default: { logLevel: 'error' } },
          },
        },
        packageJsonFullPath: join(repo, 'package.json'),
      });
      const result = Extractor.invoke(config, { localBuild: !check, messageCallback: (message) => { if (message.logLevel !== 'error') message.handled = true; } });
      if (!result.succeeded || result.apiReportChanged) changed.push(name);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
  return changed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const check = process.argv.includes('--check');
  const changed = extractReports({ check });
  if (check && changed.length > 0) {
    console.error(`The public API changed (${changed.join(', ')}): run \`npm run api:update\` and review test/api/ in the diff.`);
    process.exitCode = 1;
  } else if (!check) {
    console.log(`API reports written to test/api/ (${Object.keys(entries).length} entry points).`);
  }
}
