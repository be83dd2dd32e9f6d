/** The comparison's state in a Preact view, kept in step with the controller. */
import { useLayoutEffect, useState } from 'preact/hooks';
import type { CompareController, CompareState } from '../../lib/compare/compare-controller';

export function useCompareState(controller: CompareController): CompareState {
  const [state, setState] = useState(controller.get());
  useLayoutEffect(() => {
    setState(controller.get());
    return controller.subscribe(setState);
  }, [controller]);
  return state;
}
