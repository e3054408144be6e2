import type { ComponentProps } from "react";

/** The page heading's sizes: the usual one, a bigger one on wide screens, and a compact one for working pages. */
const SIZES = {
  page: "text-3xl font-bold",
  large: "text-3xl font-bold sm:text-4xl",
  compact: "text-2xl font-bold",
} as const;

type Props = ComponentProps<"h1"> & {
  /** "page" unless the page is a landing one ("large") or a tool used at a glance ("compact"). */
  size?: keyof typeof SIZES;
};

/**
 * A page's one h1, in the site's heading style. `className` adds to it (a margin, print:sr-only);
 * the other props (id, tabIndex for a heading that takes focus) go to the h1.
 */
export function PageHeading({ size = "page", className, ...props }: Props) {
  return <h1 {...props} className={className ? `${SIZES[size]} ${className}` : SIZES[size]} />;
}
