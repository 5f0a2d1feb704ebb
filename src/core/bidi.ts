// Unicode's isolates: FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE. A name between them takes the
// direction of its own first letter, and whatever overrides or embeddings it opens end at the PDI, so
// it cannot reorder the sentence around it (Unicode Bidirectional Algorithm, rule X6a).
const FSI = '\u2068';
const PDI = '\u2069';

// Isolate controls inside a name could close the kit's isolate early and let the rest escape.
const isolateControls = /[\u2066-\u2069]/g;

/**
 * A string the kit did not write (a device name, an account name, an issuer), made safe to put in a
 * sentence in any language: wrapped in FSI … PDI, its own isolate controls dropped. The kit's parts
 * render each isolated run as `<bdi>`; as plain text (an `aria-label`, a toast) the isolates do the
 * same. An empty name stays empty, so a catalogue's `name || 'your account'` still works.
 */
export function isolate<T extends string | undefined>(name: T): T {
  return (name ? `${FSI}${name.replace(isolateControls, '')}${PDI}` : name) as T;
}

/** The runs of a text: even indexes are the kit's own words, odd ones an isolated name. */
export function splitIsolates(text: string): string[] {
  return text.split(/\u2068([^\u2069]*)\u2069/);
}
