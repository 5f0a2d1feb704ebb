import {
  createContext,
  createElement,
  forwardRef,
  memo,
  useContext,
  useEffect,
  type ComponentPropsWithoutRef,
  type NamedExoticComponent,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { useSelected, type ApiStore } from './api-store.js';
import { withIsolates } from './bidi.js';
import { mergeProps } from './merge-props.js';

/** The kit's side of a part: its attributes and handlers, and default content; null renders nothing. */
export type KitProps = object & { children?: ReactNode };

/** Classes by `data-part` name, from a drop-in component's `classNames`; each part looks up its own. */
export const ClassNamesContext = createContext<Partial<Record<string, string>>>({});

/** The class the enclosing drop-in component gives this part, if any. */
export function useClassName(part: string): string | undefined {
  return useContext(ClassNamesContext)[part];
}

/** A part: the props of the element it renders, and a ref to that element. */
export type PartComponent<T extends keyof HTMLElementTagNameMap> = NamedExoticComponent<ComponentPropsWithoutRef<T> & RefAttributes<HTMLElementTagNameMap[T]>>;

/**
 * The context a component's parts read their state from, the hook that selects from it, and the
 * factory of its one-element parts. `component` names the parts in errors and React DevTools
 * (`TotpSetupParts.CodeInput`).
 */
/*#__NO_SIDE_EFFECTS__*/
export function createParts<Api>(component: string) {
  const StoreContext = createContext<ApiStore<Api> | null>(null);

  /** The component's API as `select` picks it; a part outside a root is a mistake worth a clear message. */
  function useApiSelector<T>(partName: string, select: (api: Api) => T): T {
    const store = useContext(StoreContext);
    if (store === null) {
      throw new Error(`<${component}.${partName}> must be used within <${component}.Root> or <${component}.Provider>`);
    }
    return useSelected(store, select);
  }

  /**
   * A part that renders one element: it forwards its ref, takes every prop of that element (yours
   * win, handlers are composed, classes joined with the drop-in's `classNames`), and re-renders only
   * when what it shows changed. A text of the kit's shows the names in it as `<bdi>`.
   */
  function definePart<T extends keyof HTMLElementTagNameMap>(name: string, tag: T, select: (api: Api) => KitProps | null): PartComponent<T> {
    const Part = memo(
      forwardRef<HTMLElementTagNameMap[T], ComponentPropsWithoutRef<T>>(function Part(props, ref) {
        const kit = useApiSelector(name, select);
        const className = useClassName((kit as { 'data-part'?: string } | null)?.['data-part'] ?? '');
        if (kit === null) return null;
        const children = typeof kit.children === 'string' ? withIsolates(kit.children) : kit.children;
        return createElement(tag, { ...mergeProps({ ...kit, children, className }, props), ref });
      }),
    );
    Part.displayName = `${component}.${name}`;
    return Part as PartComponent<T>;
  }

  // A tuple, so a bundler can shorten the names each component gives them.
  return [StoreContext, useApiSelector, definePart] as const;
}

/**
 * Rendered last inside a root: it re-renders with every published API, together with the parts (never
 * with the root alone, when they still show the previous state), so its effect runs once they are on
 * screen.
 */
export const PartsSettled = /* @__PURE__ */ memo(function PartsSettled({ store }: { store: ApiStore<unknown> }) {
  useSelected(store, (api) => api);
  useEffect(() => store.settled());
  return null;
});
