export interface Size {
  js: number;
  jsGzip: number;
  css: number;
  cssGzip: number;
}
export declare const apps: Record<string, string>;
export declare const budget: {
  challengeWithFetchAdapterJsGzip: number;
  wizardAndChallengeJsGzip: number;
  settingsWithFetchAdapterJsGzip: number;
  wizardWithFetchAdapterJsGzip: number;
  wizardWithFetchAdapterCssGzip: number;
  fetchAdapterShareJsGzip: number;
  amplifyAdapterShareJsGzip: number;
  serverAdaptersJsGzip: number;
  signInWithFetchStepsJsGzip: number;
};
export declare function measureApps(): Promise<{
  sizes: Record<string, Size>;
  over: Record<string, Size>;
  /** Each app's minified JS, to check what it carries. */
  code: Record<string, string>;
  fetchAdapterShare: { jsGzip: number };
  amplifyAdapterShare: { jsGzip: number };
}>;
