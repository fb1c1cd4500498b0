import { forgetRoom, joinedRooms } from '../../io/joinedRooms';
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import { parseDocumentText } from '../../domain/validate';
import type { VsmDocument } from '../../domain/types';
import { useFormatter, useLanguage, useMessages } from '../../i18n';
import { filterMaps, pictureOf, type MapEntry, type MapLibrary, type MapVersion } from '../../io/mapLibrary';
import { blankDocument, useEditor, useEditorStore } from '../../store';
import { useModalDialog } from '../room/useModalDialog';
import { useSession } from '../session/SessionContext';
import type { Session } from '../session/start';
import { MapPicture } from './MapPicture';
import { goToMap, mapAddress } from './navigate';
import { useHomeText } from './strings';
import './home.css';

export type HomeView = 'maps' | 'bin' | 'new' | 'versions' | 'rooms';

export interface HomeDialogProps {
  open: boolean;
  /** What the dialog shows when it opens: the list, or the templates (*New*). */
  initialView: HomeView;
  onClose(): void;
}

/** What a template card offers: the blank map, or a sample from `public/samples/`. */
interface Template {
  file: string | null;
  title: string;
  description: string;
}

/**
 * The home: this browser's maps as cards (picture, title, product, last change), a search, the
 * bin, new maps from the template gallery, and the versions of the open map. A full-window
 * modal dialog, so the keyboard stays inside it and Escape closes it.
 */
export function HomeDialog({ open, initialView, onClose }: HomeDialogProps) {
  const session = useSession();
  const library = session?.library ?? null;
  const text = useHomeText();
  const ids = useId();
  const ref = useModalDialog(open);
  const [view, setView] = useState<HomeView>(initialView);
  const [maps, setMaps] = useState<MapEntry[] | null>(null);
  const [bin, setBin] = useState<MapEntry[]>([]);
  const [query, setQuery] = useState('');
  const [said, setSaid] = useState('');

  const reload = useCallback(async () => {
    if (!library) return;
    const [listed, binned] = await Promise.all([library.list(), library.list({ bin: true })]);
    setMaps(listed);
    setBin(binned);
  }, [library]);

  useEffect(() => {
    if (!open) return;
    setView(initialView);
    setSaid('');
    // The open map's latest edit first, so its card is up to date.
    void (session?.flushed() ?? Promise.resolve()).then(reload);
  }, [open, initialView, reload, session]);

  // After the dialog's own focus (its first control): the search, the first template or the version's name.
  useEffect(() => {
    if (open) ref.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
  }, [open, view, ref]);

  /** Runs a change of the library, says what it did, and shows the list afterwards. */
  const act = useCallback(async (work: () => Promise<string | void>) => {
    try {
      const done = await work();
      if (done) setSaid(done);
    } catch (error) {
      setSaid(text.failed(error instanceof Error ? error.message : String(error)));
    }
    await reload().catch(() => {});
  }, [reload, text]);

  if (!library) return null;
  const shown = filterMaps(view === 'bin' ? bin : maps ?? [], query);

  return (
    <dialog
      ref={ref}
      className="home-dialog"
      aria-labelledby={`${ids}-title`}
      onCancel={(event) => { event.preventDefault(); onClose(); }}
    >
      {open ? (
        <>
          <header className="home-header">
            <h2 id={`${ids}-title`}>{text.title}</h2>
            <div className="home-views" role="group" aria-label={text.maps}>
              <button type="button" aria-pressed={view === 'maps'} onClick={() => setView('maps')}>{text.listTab(maps?.length ?? 0)}</button>
              <button type="button" aria-pressed={view === 'bin'} onClick={() => setView('bin')}>{text.binTab(bin.length)}</button>
              <button type="button" aria-pressed={view === 'rooms'} onClick={() => setView('rooms')} title={text.roomsTitle}>{text.roomsTab(joinedRooms().length)}</button>
              {session?.mapId ? (
                <button type="button" aria-pressed={view === 'versions'} onClick={() => setView('versions')} title={text.versionsTitle}>{text.versions}</button>
              ) : null}
            </div>
            {view === 'maps' || view === 'bin' ? (
              <input
                type="search"
                className="home-search"
                data-autofocus
                value={query}
                onChange={(event) => setQuery(event.target.value)}
                aria-label={text.search}
                placeholder={text.search}
              />
            ) : null}
            <button type="button" className="primary" aria-pressed={view === 'new'} onClick={() => setView('new')}>{text.newMap}</button>
            <button type="button" className="home-close" onClick={onClose}>{text.close}</button>
          </header>
          <p className="home-said" role="status">{said}</p>
          {view === 'new' ? <TemplateGallery session={session!} library={library} onFailed={(reason) => setSaid(text.failed(reason))} /> : null}
          {view === 'rooms' ? <RoomsPanel session={session} /> : null}
          {view === 'versions' && session?.mapId ? (
            <VersionsPanel library={library} mapId={session.mapId} onSaid={setSaid} onRestored={onClose} />
          ) : null}
          {view === 'maps' || view === 'bin' ? (
            <section aria-label={view === 'bin' ? text.binTab(bin.length) : text.listTab(maps?.length ?? 0)}>
              {view === 'bin' ? <p className="hint">{text.binHint}</p> : null}
              {maps === null ? null : shown.length === 0 ? (
                <p className="home-empty">{query.trim() ? text.noMatch(query.trim()) : view === 'bin' ? text.emptyBin : text.empty}</p>
              ) : (
                <ul className="map-cards">
                  {shown.map((entry) => (
                    <MapCard key={entry.id} entry={entry} session={session!} library={library} inBin={view === 'bin'} act={act} />
                  ))}
                </ul>
              )}
            </section>
          ) : null}
        </>
      ) : null}
    </dialog>
  );
}

function MapCard({ entry, session, library, inBin, act }: {
  entry: MapEntry;
  session: Session;
  library: MapLibrary;
  inBin: boolean;
  act(work: () => Promise<string | void>): Promise<void>;
}) {
  const text = useHomeText();
  const f = useFormatter();
  const locale = useLanguage();
  const store = useEditorStore();
  const ids = useId();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const title = entry.title || text.untitled;
  const isOpen = entry.id === session.mapId;

  const rename = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const typed = String(new FormData(event.currentTarget).get('title') ?? '').trim();
    setRenaming(false);
    if (!typed || typed === entry.title) return;
    void act(async () => {
      if (isOpen) {
        // The open map is renamed as an edit of it: one undo step, and every tab sees it.
        store.getState().setTitle(typed);
        await session.flushed();
      } else {
        await library.rename(entry.id, typed);
      }
    });
  };

  return (
    <li className={`map-card${isOpen ? ' map-card-open' : ''}`} aria-labelledby={`${ids}-title`}>
      <MapPicture picture={entry.picture} locale={locale} label={text.pictureOf(title)} />
      <div className="map-card-text">
        {renaming ? (
          <form className="map-card-rename" onSubmit={rename}>
            <input name="title" defaultValue={entry.title} aria-label={text.renameLabel(title)} autoFocus maxLength={200} />
            <button type="submit">{text.save}</button>
            <button type="button" onClick={() => setRenaming(false)}>{text.cancel}</button>
          </form>
        ) : (
          <h3 id={`${ids}-title`} title={title}>{title}</h3>
        )}
        {entry.product ? <p className="map-card-product" title={entry.product}>{entry.product}</p> : null}
        <p className="map-card-when">
          {inBin && entry.deletedAt !== null ? text.deleted(f.moment(new Date(entry.deletedAt))) : text.changed(f.moment(new Date(entry.updatedAt)))}
          {entry.picture ? ` · ${text.symbols(entry.picture.totalNodes)}` : ''}
        </p>
      </div>
      {confirming ? (
        <div className="map-card-confirm" role="alert">
          <p>{text.confirmDelete(title)}</p>
          <button type="button" className="danger" onClick={() => void act(async () => {
            await library.deleteForever(entry.id);
            return text.deletedForever(title);
          })}>{text.confirmDeleteYes}</button>
          <button type="button" onClick={() => setConfirming(false)}>{text.cancel}</button>
        </div>
      ) : (
        <div className="map-card-actions">
          {inBin ? (
            <>
              <button type="button" onClick={() => void act(async () => {
                await library.restore(entry.id);
                return text.restored(title);
              })}>{text.restore}</button>
              <button type="button" className="danger" onClick={() => setConfirming(true)}>{text.deleteForever}</button>
            </>
          ) : (
            <>
              {isOpen ? <span className="map-card-here">{text.openNow}</span> : (
                <a
                  className="button-link"
                  href={mapAddress(entry.id)}
                  aria-label={text.openTitle(title)}
                  onClick={(event) => {
                    event.preventDefault();
                    void goToMap(session, entry.id);
                  }}
                >{text.open}</a>
              )}
              <button type="button" onClick={() => setRenaming(true)} aria-label={`${text.rename}: ${title}`}>{text.rename}</button>
              <button type="button" aria-label={`${text.duplicate}: ${title}`} onClick={() => void act(async () => {
                const copy = await library.duplicate(entry.id, text.copyOf(title));
                return text.duplicated(copy.title);
              })}>{text.duplicate}</button>
              <button type="button" title={text.moveToBinTitle(title)} aria-label={`${text.moveToBin}: ${title}`} onClick={() => void act(async () => {
                await library.moveToBin(entry.id);
                return text.movedToBin(title);
              })}>{text.moveToBin}</button>
            </>
          )}
        </div>
      )}
    </li>
  );
}

/** The blank map and the samples listed in `public/samples/index.json`; a choice makes the map and opens it. */
/** The rooms this browser has joined, newest first: join one, or take it off the list. */
function RoomsPanel({ session }: { session: Session | null }) {
  const text = useHomeText();
  const format = useFormatter();
  const [rooms, setRooms] = useState(joinedRooms);
  if (rooms.length === 0) return <p className="home-empty">{text.noRooms}</p>;
  return (
    <section className="home-rooms" aria-label={text.roomsTab(rooms.length)}>
      <p className="hint">{text.roomsHint}</p>
      <ul className="room-list">
        {rooms.map((room) => {
          const title = room.title.trim() || text.untitled;
          return (
            <li key={room.room}>
              <div>
                <h3>{title}</h3>
                {room.product ? <p>{room.product}</p> : null}
                <p className="hint">{text.visited(format.moment(new Date(room.visitedAt)))}</p>
              </div>
              <button
                type="button"
                title={text.openRoomTitle(title)}
                onClick={() => void session?.flushed().then(() => location.assign(`${location.pathname}?room=${encodeURIComponent(room.room)}`))}
              >{text.openRoom}</button>
              <button type="button" title={text.forgetRoomTitle(title)} onClick={() => { forgetRoom(room.room); setRooms(joinedRooms()); }}>{text.forgetRoom}</button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function TemplateGallery({ session, library, onFailed }: { session: Session; library: MapLibrary; onFailed(reason: string): void }) {
  const text = useHomeText();
  const untitled = useMessages().toolbar.untitled;
  const [samples, setSamples] = useState<{ file: string; title: string; description: string }[]>([]);
  const [making, setMaking] = useState(false);
  const ids = useId();

  useEffect(() => {
    let live = true;
    fetch('samples/index.json')
      .then((response) => (response.ok ? response.json() as Promise<{ file: string; title: string; description: string }[]> : []))
      .then((listed) => {
        if (live) setSamples(listed.map(({ file, title, description }) => ({ file, title, description })));
      })
      .catch(() => {
        // Offline before the samples were kept: the blank map is still offered.
      });
    return () => {
      live = false;
    };
  }, []);

  const templates: Template[] = [
    { file: null, title: text.blankTemplate, description: text.blankTemplateDescription },
    ...samples.map((sample) => ({ ...sample, ...text.samples[sample.file] })),
  ];

  const make = async (template: Template) => {
    setMaking(true);
    try {
      let doc: VsmDocument;
      if (template.file === null) {
        doc = blankDocument(untitled);
      } else {
        const response = await fetch(`samples/${template.file}`);
        if (!response.ok) throw new Error(`${template.file}: ${response.status}`);
        doc = parseDocumentText(await response.text());
      }
      const made = await library.create(doc);
      await goToMap(session, made.id);
    } catch (error) {
      setMaking(false);
      onFailed(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <section className="home-templates" aria-labelledby={`${ids}-title`} aria-busy={making}>
      <h3 id={`${ids}-title`}>{text.templatesTitle}</h3>
      <p className="hint">{making ? text.making : text.templatesHint}</p>
      <ul className="template-cards">
        {templates.map((template, index) => (
          <li key={template.file ?? 'blank'}>
            <button type="button" className="template-card" data-autofocus={index === 0 ? true : undefined} disabled={making} onClick={() => void make(template)} aria-label={text.useTemplate(template.title)}>
              <strong>{template.title}</strong>
              <span>{template.description}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** The open map's named versions: save one, look at one (read-only), restore one. */
function VersionsPanel({ library, mapId, onSaid, onRestored }: { library: MapLibrary; mapId: string; onSaid(text: string): void; onRestored(): void }) {
  const text = useHomeText();
  const f = useFormatter();
  const locale = useLanguage();
  const store = useEditorStore();
  const title = useEditor((s) => s.document.title);
  const ids = useId();
  const [versions, setVersions] = useState<MapVersion[]>([]);
  const [name, setName] = useState('');
  const [looking, setLooking] = useState<{ version: MapVersion; doc: VsmDocument } | null>(null);

  const reload = useCallback(async () => setVersions(await library.listVersions(mapId)), [library, mapId]);
  useEffect(() => {
    void reload().catch(() => {});
  }, [reload]);

  const attempt = async (work: () => Promise<void>) => {
    try {
      await work();
    } catch (error) {
      onSaid(text.failed(error instanceof Error ? error.message : String(error)));
    }
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const named = name.trim();
    if (!named) return;
    void attempt(async () => {
      await library.saveVersion(mapId, named, store.getState().shared.ydoc);
      setName('');
      await reload();
      onSaid(text.savedVersion(named));
    });
  };

  const restore = (version: MapVersion) => void attempt(async () => {
    await library.restoreVersion(mapId, version.id, {
      ydoc: store.getState().shared.ydoc,
      beforeName: text.beforeRestoring(version.name),
      replace: (doc) => store.getState().loadDocument(doc),
    });
    store.getState().showMessage('info', text.restoredVersion(version.name));
    onRestored();
  });

  if (looking) {
    const { version, doc } = looking;
    return (
      <section className="home-versions" aria-labelledby={`${ids}-preview`}>
        <h3 id={`${ids}-preview`}>{text.preview(version.name)}</h3>
        <figure className="version-preview">
          <MapPicture picture={pictureOf(doc, Infinity)} locale={locale} label={text.pictureOf(doc.title)} />
          <figcaption>
            <strong>{doc.title || text.untitled}</strong>
            {doc.product ? <span> · {doc.product}</span> : null}
            <span> · {text.symbols(doc.states.current.nodes.length)}</span>
            {doc.states.future ? <span> · {text.futureState}</span> : null}
            <br />
            <span>{text.savedAt(f.moment(new Date(version.savedAt)))}</span>
          </figcaption>
        </figure>
        <div className="dialog-buttons">
          <button type="button" onClick={() => setLooking(null)}>{text.back}</button>
          <button type="button" className="primary" onClick={() => restore(version)}>{text.restoreVersion}</button>
        </div>
      </section>
    );
  }

  return (
    <section className="home-versions" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{text.versionsOf(title || text.untitled)}</h3>
      <p className="hint">{text.versionsHint}</p>
      <form className="version-save" onSubmit={save}>
        <label htmlFor={`${ids}-name`}>{text.versionName}</label>
        <input id={`${ids}-name`} data-autofocus value={name} onChange={(event) => setName(event.target.value)} placeholder={text.versionPlaceholder} maxLength={200} />
        <button type="submit" className="primary" disabled={!name.trim()}>{text.saveVersion}</button>
      </form>
      {versions.length === 0 ? <p className="home-empty">{text.noVersions}</p> : (
        <ul className="version-list">
          {versions.map((version) => (
            <li key={version.id}>
              <span className="version-name">{version.name}</span>
              <span className="version-when">{text.savedAt(f.moment(new Date(version.savedAt)))}</span>
              <button type="button" title={text.lookTitle(version.name)} aria-label={text.lookTitle(version.name)} onClick={() => void attempt(async () => {
                setLooking({ version, doc: await library.readVersion(version.id) });
              })}>{text.look}</button>
              <button type="button" aria-label={`${text.restoreVersion}: ${version.name}`} onClick={() => restore(version)}>{text.restore}</button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
