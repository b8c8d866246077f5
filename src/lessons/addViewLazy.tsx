import { lazy, Suspense, type ComponentProps } from 'react';

const Inner = lazy(() => import('./AddViewAsStop'));

/**
 * "Add this view as a stop" for the editor and the simulator, loaded apart from them: the lessons'
 * code and words stay out of the main bundle (and out of the chunks it shares).
 */
export function AddViewAsStopLazy(props: ComponentProps<typeof Inner>) {
  return (
    <Suspense fallback={null}>
      <Inner {...props} />
    </Suspense>
  );
}
