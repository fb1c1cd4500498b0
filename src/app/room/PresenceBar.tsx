import { useCallback, useEffect, useState } from 'react';
import { defaultColour, setLocalPerson, type Person } from '../../collab/presence';
import { JoinDialog } from './JoinDialog';
import { loadPerson, savePerson } from './person';
import { useRoom, type RoomInfo } from './RoomContext';
import { useLocalPerson, useOtherPeople } from './usePresence';
import { useRoomText } from './strings';
import './room.css';

/** Others shown by name in the toolbar; the rest are counted ("+3 more") and listed in its title. */
const MAX_SHOWN = 5;

/** Who is in the room (you first), the connection, and for an observer that the map is read-only. Nothing when working alone. */
export function PresenceBar() {
  const room = useRoom();
  return room ? <RoomPresence room={room} /> : null;
}

/** One or two letters for the round badge: the initials of the first two words. */
export function initialsOf(name: string): string {
  const words = name.split(' ').filter((word) => word !== '');
  const letters = (words.length > 1 ? [words[0], words[1]] : [words[0] ?? '']).map((word) => [...(word ?? '')][0] ?? '');
  return letters.join('').toLocaleUpperCase();
}

function RoomPresence({ room }: { room: RoomInfo }) {
  const { awareness, readOnly, connection } = room;
  const text = useRoomText().presence;
  const me = useLocalPerson(awareness);
  const others = useOtherPeople(awareness);
  // An editor who never chose a name is asked on joining; an observer's presence reaches no editor, so they are not.
  const [dialog, setDialog] = useState<'join' | 'edit' | null>(null);

  // A person remembered from an earlier join goes straight into the room.
  useEffect(() => {
    const remembered = loadPerson();
    if (remembered) setLocalPerson(awareness, remembered);
    else if (!readOnly) setDialog('join');
  }, [awareness, readOnly]);

  const onDone = useCallback((person: Person) => {
    savePerson(person);
    setLocalPerson(awareness, person);
    setDialog(null);
  }, [awareness]);
  const onCancel = useCallback(() => setDialog(null), []);

  const shown = others.slice(0, MAX_SHOWN);
  const hidden = others.slice(MAX_SHOWN);
  return (
    <>
      <div className="presence-bar" role="group" aria-label={text.people}>
        <ConnectionStatus connection={connection} />
        {readOnly ? <span className="watching-badge" title={text.watchingTitle}>{text.watching}</span> : null}
        <ul className="people" aria-label={text.people}>
          {me ? (
            <li>
              <button type="button" className="person me" onClick={() => setDialog('edit')} title={text.editYou} aria-label={`${me.name} ${text.you}. ${text.editYou}`}>
                <Initials person={me} />
                <span className="person-name">{me.name}</span> <span className="person-you">{text.you}</span>
              </button>
            </li>
          ) : readOnly ? null : (
            <li><button type="button" className="person me" onClick={() => setDialog('join')}>{text.chooseName}</button></li>
          )}
          {shown.map((person) => (
            <li key={person.clientId} className="person" title={person.name}>
              <Initials person={person} />
              <span className="person-name">{person.name}</span>
            </li>
          ))}
          {hidden.length > 0 ? (
            <li className="person more" title={hidden.map((person) => person.name).join(', ')}>{text.more(hidden.length)}</li>
          ) : null}
        </ul>
        <JoinDialog
          open={dialog !== null}
          mode={dialog === 'edit' ? 'edit' : 'join'}
          initial={{ name: me?.name ?? '', colour: me?.colour ?? defaultColour(awareness.clientID) }}
          onDone={onDone}
          onCancel={onCancel}
        />
      </div>
      {connection === 'offline' ? (
        // Said in full on a row of its own at the foot of the toolbar: people must know their edits are safe.
        <p className="offline-notice" role="status" data-testid="room-offline">{readOnly ? text.offlineWatcher : text.offlineEditor}</p>
      ) : null}
    </>
  );
}

function Initials({ person }: { person: Person }) {
  return <span className="initials" style={{ background: person.colour }} aria-hidden="true">{initialsOf(person.name)}</span>;
}

function ConnectionStatus({ connection }: Pick<RoomInfo, 'connection'>) {
  const text = useRoomText().presence;
  // Offline is spoken once, by the notice under the toolbar; here it is the word beside the dot.
  return (
    <p className={`connection ${connection}`} role={connection === 'offline' ? undefined : 'status'}>
      <span className="connection-dot" aria-hidden="true" />
      {connection === 'connected' ? text.connected : connection === 'offline' ? text.offline : text.connecting}
    </p>
  );
}
