import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repo } from './consumers.js';

export interface ReadmeBlock {
  lang: string;
  code: string;
  /** The file a block is, when its first line names it (`// jest.config.js`). */
  file?: string;
}

/** Every fenced code block of the README, in order. */
export function readmeBlocks(): ReadmeBlock[] {
  const readme = readFileSync(join(repo, 'README.md'), 'utf8');
  return [...readme.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map((match) => {
    const code = match[2]!;
    const file = /^\/\/ ([\w./[\]-]+\.[cm]?[jt]sx?)\b/.exec(code)?.[1];
    return file === undefined ? { lang: match[1]!, code } : { lang: match[1]!, code, file };
  });
}

/** The README block that is `file`, for a consumer project made of the README's own words. */
export function readmeFile(file: string): string {
  const blocks = readmeBlocks().filter((block) => block.file === file);
  if (blocks.length !== 1) throw new Error(`README.md has ${blocks.length} blocks for ${file}, not one`);
  return blocks[0]!.code;
}
