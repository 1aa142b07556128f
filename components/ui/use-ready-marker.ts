import { useEffect, useRef } from "react";

/**
 * Marks the element `data-ready` once React has hydrated it, so end-to-end tests know clicks will reach
 * the app. Set on the DOM, not through state: a state change would render the whole view a second time
 * right after hydration, a long task on a slow phone.
 */
export function useReadyMarker<T extends HTMLElement>() {
  const ref = useRef<T>(null);
  useEffect(() => ref.current?.setAttribute("data-ready", ""), []);
  return ref;
}
