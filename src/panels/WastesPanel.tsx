import { useId } from 'react';
import type { MapAnalysis, WasteFinding, WasteReport } from '../domain/analysis/types';
import { WASTE_IDS } from '../domain/types';
import { WASTE_NAMES } from '../i18n/wastes';
import { plainSpaces, useFormatter, useLanguage, useMessages } from '../i18n';
import { renderMessage } from '../i18n/domain';
import './panels.css';

export interface WastesPanelProps {
  analysis: MapAnalysis;
  /** A finding was chosen: select (and show) its nodes on the map. */
  onSelectFinding: (nodeIds: string[]) => void;
}

/** The eight wastes with their scores and findings, measured and team-tagged kept apart. */
export function WastesPanel({ analysis, onSelectFinding }: WastesPanelProps) {
  const headingId = useId();
  const text = useMessages().wastes;
  // Always all eight in WASTE_IDS order, whatever order (or gaps) the analysis has.
  const reports = WASTE_IDS.map((category): WasteReport =>
    analysis.wastes.find((report) => report.category === category) ?? { category, score: null, measures: [], findings: [] });

  return (
    <section className="arus-panel arus-wastes" aria-labelledby={headingId}>
      <h2 id={headingId} className="arus-panel__title">{text.title}</h2>
      <ol className="arus-wastes__list">
        {reports.map((report) => (
          <WasteItem key={report.category} report={report} onSelectFinding={onSelectFinding} />
        ))}
      </ol>
    </section>
  );
}

function WasteItem({ report, onSelectFinding }: { report: WasteReport; onSelectFinding: (nodeIds: string[]) => void }) {
  const headingId = useId();
  const language = useLanguage();
  const text = useMessages().wastes;
  const name = WASTE_NAMES[report.category][language];
  const measured = report.findings.filter((finding) => finding.source === 'measured');
  const tagged = report.findings.filter((finding) => finding.source === 'tagged');

  return (
    <li className="arus-waste" data-waste={report.category} aria-labelledby={headingId}>
      <div className="arus-waste__head">
        <h3 id={headingId} className="arus-waste__name">{name}</h3>
        <WasteScore name={name} score={report.score} />
      </div>
      <div className="arus-waste__findings">
        <FindingList
          kind="measured" title={text.measured} emptyText={text.nothingMeasured}
          findings={measured} onSelectFinding={onSelectFinding}
        />
        <FindingList
          kind="tagged" title={text.tagged} emptyText={text.noTags}
          findings={tagged} onSelectFinding={onSelectFinding}
        />
      </div>
    </li>
  );
}

/** A score bar from 0 to 100 %, or "no data": a missing score is never drawn as a zero. */
function WasteScore({ name, score }: { name: string; score: number | null }) {
  const text = useMessages().wastes;
  const f = useFormatter();
  if (score === null || !Number.isFinite(score)) {
    return <span className="arus-waste__no-data" title={text.noDataTitle}>{text.noData}</span>;
  }
  const clamped = Math.max(0, Math.min(1, score));
  return (
    <span className="arus-waste__score">
      <span
        className="arus-waste__bar"
        role="meter"
        aria-label={text.score(name)}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={Math.round(clamped * 100)}
        aria-valuetext={plainSpaces(f.ratio(clamped))}
      >
        <span className="arus-waste__bar-fill" style={{ width: `${clamped * 100}%` }} />
      </span>
      <span className="arus-waste__score-text">{f.ratio(clamped)}</span>
    </span>
  );
}

interface FindingListProps {
  kind: WasteFinding['source'];
  title: string;
  emptyText: string;
  findings: WasteFinding[];
  onSelectFinding: (nodeIds: string[]) => void;
}

function FindingList({ kind, title, emptyText, findings, onSelectFinding }: FindingListProps) {
  const titleId = useId();
  const language = useLanguage();
  return (
    <div className={`arus-findings arus-findings--${kind}`} data-findings={kind}>
      <h4 id={titleId} className="arus-findings__title">
        {title} <span className="arus-findings__count">({findings.length})</span>
      </h4>
      {findings.length === 0 ? (
        <p className="arus-findings__empty">{emptyText}</p>
      ) : (
        <ul aria-labelledby={titleId}>
          {findings.map((finding, i) => (
            <li key={i}>
              {/* A native button: click, Enter and Space all choose it. */}
              <button
                type="button"
                className="arus-finding"
                disabled={finding.nodeIds.length === 0}
                onClick={() => onSelectFinding(finding.nodeIds)}
              >
                {kind === 'tagged' && <span className="arus-finding__tag" aria-hidden="true">#</span>}
                {renderMessage(finding.message, language)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
