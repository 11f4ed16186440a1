import { useEffect, useRef, type ReactNode } from 'react';

/**
 * The one h1 of a screen. It names the browser tab and takes focus when the screen opens, so
 * screen-reader and keyboard users start at the new content after a navigation.
 */
export function PageHeading({ title, children }: { title: string; children?: ReactNode }) {
  const ref = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} · Tandem`;
  }, [title]);
  useEffect(() => {
    ref.current?.focus({ preventScroll: true });
  }, []);
  return (
    <h1 ref={ref} tabIndex={-1} className="page-heading">
      {children ?? title}
    </h1>
  );
}
