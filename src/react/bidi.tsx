import type { ReactNode } from 'react';
import { splitIsolates } from '../core/bidi.js';

/**
 * A text of the kit's, with each name it isolated (`isolate` in core) as a `<bdi>`: the name keeps its
 * own direction and the sentence around it stays in order, in the DOM's text as well as on screen.
 * Called while a part renders, never in what it selects: the selection stays a plain string, which
 * compares equal from one snapshot to the next.
 */
export function withIsolates(text: string): ReactNode {
  if (!text.includes('\u2068')) return text;
  // One box for the sentence, so a part that lays out an icon beside its text (flex) keeps it whole.
  return <span>{splitIsolates(text).map((run, index) => (index % 2 ? <bdi key={index}>{run}</bdi> : run))}</span>;
}
