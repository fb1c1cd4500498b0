import { HocuspocusProvider, type HocuspocusProviderConfiguration } from '@hocuspocus/provider';
import type * as Y from 'yjs';
import { documentNameOf, type RoomTarget } from './room';

export interface ConnectOptions {
  /** The document kept in step with the room (the page keeps it in IndexedDB too). */
  ydoc: Y.Doc;
  target: RoomTarget;
  /** The sync URL, `collabUrlFor(location.origin)` in the page. */
  url: string;
  /** A WebSocket class where there is no global one (Node 20: the `ws` package). */
  WebSocketPolyfill?: unknown;
}

/**
 * Connects a Y.Doc to a room on the room server. The provider reconnects by itself after the
 * network drops and sends what was edited meanwhile; `provider.synced` tells when the room's
 * state has arrived, `provider.authorizedScope` whether this connection may edit
 * (`read-write`) or only watch (`readonly`, for `?view=`). `provider.destroy()` disconnects.
 */
export function connectRoom(options: ConnectOptions): HocuspocusProvider {
  const configuration: HocuspocusProviderConfiguration & { WebSocketPolyfill?: unknown; maxDelay?: number } = {
    url: options.url,
    name: documentNameOf(options.target),
    document: options.ydoc,
    // The room id (or view token) in the document name is the capability; no other token.
    token: 'arus',
    // The provider's socket takes these too. A workshop's server is back within seconds (a
    // laptop woke, a cable went back in): retry at least every 3 s, not up to every 30 s.
    maxDelay: 3_000,
  };
  // The provider hands its whole configuration to the socket it makes, polyfill included.
  if (options.WebSocketPolyfill) configuration.WebSocketPolyfill = options.WebSocketPolyfill;
  return new HocuspocusProvider(configuration);
}
