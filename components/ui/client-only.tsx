"use client";

import { useSyncExternalStore, type ComponentType, type ReactNode } from "react";

const subscribeNever = () => () => {};

/**
 * `Component` drawn only in the browser, `fallback` on the server and while hydrating. For charts,
 * which must measure their box: imported statically, their code downloads with the page's other
 * scripts instead of in a second round after hydration (next/dynamic with `ssr: false`).
 */
export function clientOnly<P extends object>(Component: ComponentType<P>, fallback: () => ReactNode) {
  return function ClientOnly(props: P) {
    const inBrowser = useSyncExternalStore(
      subscribeNever,
      () => true,
      () => false,
    );
    return inBrowser ? <Component {...props} /> : fallback();
  };
}
