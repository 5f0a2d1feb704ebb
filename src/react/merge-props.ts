type Handler = (event: { defaultPrevented?: boolean } | undefined) => void;

/**
 * Handlers the kit runs even after the app's called `preventDefault()`: a form's submit, where
 * preventing the browser's navigation is a reflex, not a wish to stop verifying.
 */
const alwaysRun = new Set(['onSubmit']);

/**
 * The app's props over the kit's, the way Radix and React Aria compose them: classes are joined,
 * handlers run the app's first (its `preventDefault()` skips the kit's, except on submit), and an app
 * prop left `undefined` does not erase the kit's.
 */
export function mergeProps<Kit extends object, App extends object>(kit: Kit, app: App): Kit & App {
  const merged: Record<string, unknown> = { ...(kit as Record<string, unknown>) };
  const kitProps = kit as Record<string, unknown>;
  for (const [key, value] of Object.entries(app)) {
    const own = kitProps[key];
    if (value === undefined) continue;
    // The kit's only function props are event handlers.
    if (typeof own === 'function' && typeof value === 'function') {
      merged[key] = (event: Parameters<Handler>[0]) => {
        (value as Handler)(event);
        if (alwaysRun.has(key) || !event?.defaultPrevented) (own as Handler)(event);
      };
    } else if (key === 'className' && typeof own === 'string') {
      merged[key] = `${own} ${value as string}`;
    } else {
      merged[key] = value;
    }
  }
  return merged as Kit & App;
}
