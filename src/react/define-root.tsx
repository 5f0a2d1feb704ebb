import { createElement, forwardRef, type ComponentPropsWithoutRef, type Context, type ForwardRefExoticComponent, type ReactNode, type RefAttributes } from 'react';
import { storeOf, type ApiStore } from './api-store.js';
import { PartsSettled, useClassName } from './define-part.js';
import { mergeProps } from './merge-props.js';

// Bundlers replace it, so production builds drop the development-only checks with their text.
declare const process: { env: { NODE_ENV?: string } };

/** What a root and a title read from their component. */
interface RootApi {
  locale: string | undefined;
  text: { title: string };
  parts: { root: object; title: object };
}

export interface RootOwnProps {
  /** Switch the kit's stylesheet off for this component, even where it is loaded. */
  unstyled?: boolean;
}

/**
 * A component's root props: its hook's options, or the API a hook already made (under `apiProp`), never
 * both (the options would be silently ignored).
 */
export type PartsRootProps<Api, Options, ApiProp extends string> = Omit<ComponentPropsWithoutRef<'div'>, keyof Options | ApiProp> &
  RootOwnProps &
  ((Record<ApiProp, Api> & { [K in keyof Options]?: never }) | (Options & { [K in ApiProp]?: never }));

export type HeadingLevel = 1 | 2 | 3 | 4 | 5 | 6;

/** A heading's props: the element's, and the level that fits the page's outline (default 2). */
export interface HeadingProps extends ComponentPropsWithoutRef<'h2'> {
  level?: HeadingLevel;
}

/**
 * The hook's option names a root takes off its props, checked complete: a name missing from the list
 * fails to compile, so an option added to the hook cannot be forgotten here.
 */
export function optionNames<Options>() {
  return <const Names extends ReadonlyArray<keyof Options>>(names: Names & (Exclude<keyof Options, Names[number]> extends never ? unknown : never)) => names;
}

/** The store a root or provider shares, with what lets focus follow the parts once they caught up. */
function Shared<Api extends object>({ context, api, children }: { context: Context<ApiStore<Api> | null>; api: Api; children?: ReactNode }) {
  const store = storeOf(api);
  return createElement(context.Provider, { value: store }, children, createElement(PartsSettled, { store: store as ApiStore<unknown> }));
}

/**
 * The root of a component's parts: the element that carries `data-state` and shares the component's
 * state with the parts below it. It runs the hook itself from its options (`optionKeys`, kept off the
 * element), or takes an API a hook made (`apiProp`), for a layout that reads it too.
 */
/*#__NO_SIDE_EFFECTS__*/
export function defineRoot<Api extends RootApi & object, Options, ApiProp extends string>(
  context: Context<ApiStore<Api> | null>,
  useHook: (options: Options) => Api,
  optionKeys: ReadonlyArray<keyof Options>,
  apiProp: ApiProp,
  component: string,
) {
  type ElementProps = ComponentPropsWithoutRef<'div'> & RootOwnProps;

  const RootElement = forwardRef<HTMLDivElement, ElementProps & { api: Api }>(function RootElement({ api, unstyled, children, ...props }, ref) {
    return (
      <div {...mergeProps({ ...api.parts.root, lang: api.locale, 'data-unstyled': unstyled ? '' : undefined }, props)} ref={ref}>
        <Shared context={context} api={api}>
          {children}
        </Shared>
      </div>
    );
  });

  const RootWithHook = forwardRef<HTMLDivElement, ElementProps & { options: Options }>(function RootWithHook({ options, ...props }, ref) {
    return <RootElement {...props} api={useHook(options)} ref={ref} />;
  });

  const Root = forwardRef<HTMLDivElement, Record<string, unknown>>(function Root(props, ref) {
    const rest: Record<string, unknown> = { ...props };
    const options: Record<string, unknown> = {};
    for (const key of optionKeys as ReadonlyArray<string>) {
      if (!(key in rest)) continue;
      options[key] = rest[key];
      delete rest[key];
    }
    if (apiProp in props) {
      // The types forbid both; said in development to code the types do not reach.
      if (process.env.NODE_ENV !== 'production' && Object.keys(options).length > 0) {
        throw new TypeError(`<${component}.Root> takes either ${apiProp} or its options (${Object.keys(options).join(', ')}), not both`);
      }
      const api = rest[apiProp] as Api;
      delete rest[apiProp];
      return <RootElement {...(rest as ElementProps)} api={api} ref={ref} />;
    }
    return <RootWithHook {...(rest as ElementProps)} options={options as Options} ref={ref} />;
  });
  Root.displayName = `${component}.Root`;
  return Root as unknown as ForwardRefExoticComponent<PartsRootProps<Api, Options, ApiProp> & RefAttributes<HTMLDivElement>>;
}

/** A component's heading, at the level that fits the page; it takes focus when the outcome is news. */
/*#__NO_SIDE_EFFECTS__*/
export function defineTitle<Api extends RootApi>(useApiSelector: <T>(partName: string, select: (api: Api) => T) => T) {
  const select = ({ parts, text }: Api) => ({ ...parts.title, children: text.title });
  return forwardRef<HTMLHeadingElement, HeadingProps>(function Title({ level = 2, ...props }, ref) {
    const kit = useApiSelector('Title', select);
    const className = useClassName('title');
    return createElement(`h${level}`, { ...mergeProps({ ...kit, className }, props), ref });
  });
}

/** Shares an API a hook made with the parts below it, without markup. */
/*#__NO_SIDE_EFFECTS__*/
export function defineProvider<Api extends object>(context: Context<ApiStore<Api> | null>) {
  return function Provider({ value, children }: { value: Api; children?: ReactNode }) {
    return <Shared context={context} api={value}>{children}</Shared>;
  };
}
