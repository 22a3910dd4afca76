import { createElement, type SVGProps } from "react";

type IconNode = readonly (readonly [tag: string, attributes: Readonly<Record<string, string | number>>])[];

export type IconProps = Omit<SVGProps<SVGSVGElement>, "children" | "ref">;

/** An icon of components/ui/icons.ts: what `lucide-react`'s components render, as plain elements. */
export type Icon = (props: IconProps) => React.JSX.Element;

/**
 * An icon from lucide's drawing, rendered by a plain function component instead of lucide-react's.
 *
 * lucide-react 1.x marks its icons "use client" (for its context provider), so every icon in a
 * server component travelled to the browser as a client reference with its drawing, and was
 * rebuilt on each render (issue 17: icons were ~5–8 % of a learner page's CPU). This one renders in
 * server and client components alike, needs no script, and leaves the constant attributes (size,
 * stroke, fill) to the `.icon` class in globals.css, so each icon on a page is a few bytes.
 * Without an accessible name it is hidden from assistive technology, as lucide's are.
 */
export function serverIcon(node: IconNode): Icon {
  // The drawings are lucide's, copied into components/ui/icons.ts by scripts/icons/generate-icons.ts.
  const children = node.map(([tag, attributes], index) => createElement(tag, { key: index, ...attributes }));
  function Icon({ className, ...props }: IconProps) {
    const labelled =
      props["aria-label"] !== undefined || props["aria-labelledby"] !== undefined || props.role !== undefined;
    return createElement(
      "svg",
      {
        viewBox: "0 0 24 24",
        "aria-hidden": labelled ? undefined : true,
        ...props,
        className: className ? `icon ${className}` : "icon",
      },
      children,
    );
  }
  return Icon;
}
