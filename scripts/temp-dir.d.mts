export declare function makeTempDir(purpose: string, parent?: string): string;
export declare function removeTempDir(dir: string): void;
export declare function sweepStaleTempDirs(parents?: string[]): string[];
export declare function isAlive(pid: number): boolean;
