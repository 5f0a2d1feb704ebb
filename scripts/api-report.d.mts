export declare const entries: Record<string, string>;
export declare function extractReports(options: { check: boolean }): string[];
