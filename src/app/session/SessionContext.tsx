import { createContext, useContext, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { RoomContext, type RoomInfo } from '../room/RoomContext';
import type { Session } from './start';
import type { SessionStatus } from './status';

const SessionContext = createContext<Session | null>(null);

/** The open session (null in tests that render the editor alone). */
export function useSession(): Session | null {
  return useContext(SessionContext);
}

const NO_STATUS = { subscribe: () => () => {}, getState: () => null };

/** The session's status, re-rendering on change; null without a session. */
export function useSessionStatus(): SessionStatus | null {
  const session = useSession();
  const source = session?.status ?? NO_STATUS;
  return useSyncExternalStore(source.subscribe, source.getState);
}

/** Provides the session, and the room it is in (for presence and sharing). */
export function SessionProvider({ session, children }: { session: Session | null; children: ReactNode }) {
  return (
    <SessionContext.Provider value={session}>
      <RoomFromSession>{children}</RoomFromSession>
    </SessionContext.Provider>
  );
}

function RoomFromSession({ children }: { children: ReactNode }) {
  const session = useSession();
  const status = useSessionStatus();
  const room = session?.room ?? null;
  const info = useMemo((): RoomInfo | null => {
    if (!room || !status || !room.provider.awareness) return null;
    return {
      target: room.target,
      awareness: room.provider.awareness,
      readOnly: room.target.kind === 'view',
      links: status.links,
      addresses: status.addresses,
      connection: status.connection ?? 'connecting',
    };
  }, [room, status]);
  // Without a session the room, if any, is whatever an outer provider gives (tests drive it so).
  if (!session) return children;
  return <RoomContext.Provider value={info}>{children}</RoomContext.Provider>;
}
