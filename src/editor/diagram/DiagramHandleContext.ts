import { createContext, useContext, type RefObject } from 'react';
import type { DiagramHandle } from './DiagramCanvas';

/** Lets toolbar parts (search, export) reach the canvas: focus a unit, read the drawn geometry. */
export const DiagramHandleContext = createContext<RefObject<DiagramHandle | null> | null>(null);

export function useDiagramHandle(): DiagramHandle | null {
  return useContext(DiagramHandleContext)?.current ?? null;
}

export function useDiagramHandleRef(): RefObject<DiagramHandle | null> | null {
  return useContext(DiagramHandleContext);
}
