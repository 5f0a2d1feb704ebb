import {
  createElement,
  forwardRef,
  type ComponentPropsWithoutRef,
  type Context,
  type ForwardRefExoticComponent,
  type ReactNode,
  type RefAttributes,
} from 'react';
import { useClassName } from './define-part.js';
import { mergeProps } from './merge-props.js';

/** What a root and a title read from their component. */
interface RootApi {
  locale: string | undefined;
  parts: { root: object; title: object; titleText: string };
}

export interface RootOwnProps {
  /** Switch the kit's stylesheet off for this component, even where it is loaded. */
  unstyled?: boolean;
}

/** A component's root props: its hook's options, or the API a hook already made (under `apiProp`). */
export type PartsRootProps<Api, Options, ApiProp extends string> = Omit<ComponentPropsWithoutRef<'div'>, keyof Options> &
  RootOwnProps &
  (Record<ApiProp, Api> | Options);

export type HeadingProps = ComponentPropsWithoutRef<'h2'> & { level?: 1 | 2 | 3 | 4 | 5 | 6 };

/**
 * The root of a component's parts: the element that carries `data-state` and shares the component's
 * state with the parts below it. It runs the hook itself from its options (`optionKeys`, which are
 * kept off the element), or takes an API a hook made (`apiProp`), for a layout that reads it too.
 */
/*#__NO_SIDE_EFFECTS__*/
export function defineRoot<Api extends RootApi, Options, ApiProp extends string>(
  ApiContext: Context<Api | null>,
  useHook: (options: Options) => Api,
  optionKeys: ReadonlyArray<keyof Options>,
  apiProp: ApiProp,
) {
  // Inside, props are the div's plus the root's own; the public type below says which are allowed.
  type ElementProps = ComponentPropsWithoutRef<'div'> & RootOwnProps;

  const RootElement = forwardRef<HTMLDivElement, ElementProps & { api: Api }>(function RootElement({ api, unstyled, ...props }, ref) {
    return (
      <ApiContext.Provider value={api}>
        <div {...mergeProps({ ...api.parts.root, lang: api.locale, 'data-unstyled': unstyled ? '' : undefined }, props)} ref={ref} />
      </ApiContext.Provider>
    );
  });

  const RootWithHook = forwardRef<HTMLDivElement, ElementProps & { options: Options }>(function RootWithHook({ options, ...props }, ref) {
    return <RootElement {...props} api={useHook(options)} ref={ref} />;
  });

  const Root = forwardRef<HTMLDivElement, Record<string, unknown>>(function Root(props, ref) {
    const rest: Record<string, unknown> = { ...props };
    if (apiProp in props) {
      const api = rest[apiProp] as Api;
      delete rest[apiProp];
      return <RootElement {...(rest as ElementProps)} api={api} ref={ref} />;
    }
    const options: Record<string, unknown> = {};
    for (const key of optionKeys) {
      options[key as string] = rest[key as string];
      delete rest[key as string];
    }
    return <RootWithHook {...(rest as ElementProps)} options={options as Options} ref={ref} />;
  });
  return Root as unknown as ForwardRefExoticComponent<PartsRootProps<Api, Options, ApiProp> & RefAttributes<HTMLDivElement>>;
}

/** A component's heading, at the level that fits the page; it takes focus when the outcome is news. */
/*#__NO_SIDE_EFFECTS__*/
export function defineTitle(useApi: (partName: string) => RootApi) {
  return forwardRef<HTMLHeadingElement, HeadingProps>(function Title({ level = 2, ...props }, ref) {
    const { parts } = useApi('Title');
    const className = useClassName('title');
    return createElement(`h${level}`, { ...mergeProps({ ...parts.title, className, children: parts.titleText }, props), ref });
  });
}

/** Shares an API a hook made with the parts below it, without markup. */
/*#__NO_SIDE_EFFECTS__*/
export function defineProvider<Api>(ApiContext: Context<Api | null>) {
  return function Provider({ value, children }: { value: Api; children?: ReactNode }) {
    return <ApiContext.Provider value={value}>{children}</ApiContext.Provider>;
  };
}
