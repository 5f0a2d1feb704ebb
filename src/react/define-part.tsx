import { createContext, createElement, forwardRef, useContext, type ComponentPropsWithoutRef, type ReactNode } from 'react';
import { mergeProps } from './merge-props.js';

type Tag = keyof HTMLElementTagNameMap;

/** The kit's side of a part: its attributes and handlers, and default content; null renders nothing. */
export type KitProps = Record<string, unknown> & { children?: ReactNode };

/** Classes by `data-part` name, from a drop-in component's `classNames`; each part looks up its own. */
export const ClassNamesContext = createContext<Partial<Record<string, string>>>({});

/** The class the enclosing drop-in component gives this part, if any. */
export function useClassName(part: string): string | undefined {
  return useContext(ClassNamesContext)[part];
}

/**
 * The context a component's parts read their state from, the hook that reads it, and the factory of
 * its one-element parts.
 * `component` names the parts in errors and React DevTools (`TotpSetupParts.CodeInput`).
 */
/*#__NO_SIDE_EFFECTS__*/
export function createParts<Api>(component: string) {
  const Context = createContext<Api | null>(null);

  /** The component a part belongs to; a part outside a root is a mistake worth a clear message. */
  function useApi(partName: string): Api {
    const api = useContext(Context);
    if (api === null) {
      throw new Error(`<${component}.${partName}> must be used within <${component}.Root> or <${component}.Provider>`);
    }
    return api;
  }

  /**
   * A part that renders one element: it forwards its ref, takes every prop of that element (yours
   * win, handlers are composed, classes joined with the drop-in's `classNames`), and reads its state
   * from the enclosing root.
   */
  function definePart<T extends Tag>(name: string, tag: T, select: (api: Api) => KitProps | null) {
    const Part = forwardRef<HTMLElementTagNameMap[T], ComponentPropsWithoutRef<T>>(function Part(props, ref) {
      const kit = select(useApi(name));
      const className = useClassName(kit?.['data-part'] as string);
      return kit === null ? null : createElement(tag, { ...mergeProps({ ...kit, className }, props), ref });
    });
    Part.displayName = `${component}.${name}`;
    return Part;
  }

  // A tuple, so a bundler can shorten the names each component gives them.
  return [Context, useApi, definePart] as const;
}
