import { describe, expect, it } from 'vitest';
import { budget, measureApps } from '../../scripts/size-apps.mjs';

// Sizes come from real consumer builds (scripts/size-apps.mjs, the same code `npm run size` prints).
describe('the size budget', () => {
  it('keeps the wizard, the sign-in code step, both together, the settings panel, the stylesheet and the fetch and Amplify adapters within budget', async () => {
    const { over, fetchAdapterShare, amplifyAdapterShare } = await measureApps();
    expect(over.wizardWithFetchAdapter!.jsGzip).toBeLessThanOrEqual(budget.wizardWithFetchAdapterJsGzip);
    expect(over.challengeWithFetchAdapter!.jsGzip).toBeLessThanOrEqual(budget.challengeWithFetchAdapterJsGzip);
    expect(over.wizardAndChallengeWithFetchAdapters!.jsGzip).toBeLessThanOrEqual(budget.wizardAndChallengeJsGzip);
    expect(over.settingsWithFetchAdapter!.jsGzip).toBeLessThanOrEqual(budget.settingsWithFetchAdapterJsGzip);
    expect(over.wizardWithFetchAdapter!.cssGzip).toBeLessThanOrEqual(budget.wizardWithFetchAdapterCssGzip);
    expect(fetchAdapterShare.jsGzip).toBeLessThanOrEqual(budget.fetchAdapterShareJsGzip);
    expect(amplifyAdapterShare.jsGzip).toBeLessThanOrEqual(budget.amplifyAdapterShareJsGzip);
    // The headless use ships no CSS at all.
    expect(over.headlessHookAndParts!.css).toBe(0);
  });
});
