"use client";

import { createContext, useCallback, useContext, useState, type ReactNode } from "react";

type Announce = (message: string) => void;

const AnnouncerContext = createContext<Announce>(() => undefined);

/**
 * A status region for the statement list as a whole. Deleting an item unmounts the form that did
 * it, and moving one reorders the list, so their confirmations are announced here, where they
 * survive the change.
 */
export function StructureAnnouncer({ children }: { children: ReactNode }) {
  const [message, setMessage] = useState("");
  const announce = useCallback<Announce>((next) => setMessage(next), []);
  return (
    <AnnouncerContext.Provider value={announce}>
      {children}
      <p role="status" className="text-sm font-medium text-accent-800 empty:hidden">
        {message}
      </p>
    </AnnouncerContext.Provider>
  );
}

export function useAnnounce(): Announce {
  return useContext(AnnouncerContext);
}
