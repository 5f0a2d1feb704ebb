import { describe, expect, it } from 'vitest';
import { budget, measureApps } from '../../scripts/size-apps.mjs';

// Sizes come from real consumer builds (scripts/size-apps.mjs, the same code `npm run size` prints).
describe('the size budget', () => {
  it('keeps the wizard, the sign-in code step, both together, the settings panel, the whole sign-in, the stylesheet and the adapters within budget', async () => {
    const { over, code, fetchAdapterShare, amplifyAdapterShare } = await measureApps();
    expect(over.wizardWithFetchAdapter!.jsGzip).toBeLessThanOrEqual(budget.wizardWithFetchAdapterJsGzip);
    expect(over.challengeWithFetchAdapter!.jsGzip).toBeLessThanOrEqual(budget.challengeWithFetchAdapterJsGzip);
    expect(over.wizardAndChallengeWithFetchAdapters!.jsGzip).toBeLessThanOrEqual(budget.wizardAndChallengeJsGzip);
    expect(over.settingsWithFetchAdapter!.jsGzip).toBeLessThanOrEqual(budget.settingsWithFetchAdapterJsGzip);
    expect(over.signInWithFetchSteps!.jsGzip).toBeLessThanOrEqual(budget.signInWithFetchStepsJsGzip);
    expect(over.wizardWithFetchAdapter!.cssGzip).toBeLessThanOrEqual(budget.wizardWithFetchAdapterCssGzip);
    expect(fetchAdapterShare.jsGzip).toBeLessThanOrEqual(budget.fetchAdapterShareJsGzip);
    expect(amplifyAdapterShare.jsGzip).toBeLessThanOrEqual(budget.amplifyAdapterShareJsGzip);
    expect(over.serverAdapters!.jsGzip).toBeLessThanOrEqual(budget.serverAdaptersJsGzip);
    // The headless use ships no CSS at all.
    expect(over.headlessHookAndParts!.css).toBe(0);
    // An app with only the code step carries none of <TotpSignIn> (its statuses, SELECT_MFA_TYPE's factor list).
    expect(code.signInWithFetchSteps).toContain('handed-over');
    expect(code.signInWithFetchSteps).toContain('MFAS_CAN_CHOOSE');
    expect(code.challengeWithFetchAdapter).not.toContain('handed-over');
    expect(code.challengeWithFetchAdapter).not.toContain('MFAS_CAN_CHOOSE');
  });
});
