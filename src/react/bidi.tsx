import type { ReactNode } from 'react';
import { splitIsolates } from '../core/bidi.js';

// The same text gives the same children: parts select their props through useSyncExternalStore, which
// needs an unchanged snapshot to be the same value (else it renders forever), and re-render only on a change.
const rendered = new Map<string, ReactNode>();

/**
 * A text of the kit's, with each name it isolated (`isolate` in core) as a `<bdi>`: the name keeps its
 * own direction and the sentence around it stays in order, in the DOM's text as well as on screen.
 */
export function withIsolates(text: string): ReactNode {
  if (!text.includes('\u2068')) return text;
  let children = rendered.get(text);
  if (children === undefined) {
    // One box for the sentence, so a part that lays out an icon beside its text (flex) keeps it whole.
    children = <span>{splitIsolates(text).map((run, index) => (index % 2 ? <bdi key={index}>{run}</bdi> : run))}</span>;
    if (rendered.size > 31) rendered.clear();
    rendered.set(text, children);
  }
  return children;
}
