import { useEffect, useRef, useState } from 'react';
import { actionPlan } from '../domain/actionPlan';
import type { StateKey } from '../domain/types';
import { exportPng, exportSvg, type ExportStage } from '../export/exportMap';
import { buildPicture, type Background, type PictureInput } from '../export/picture';
import { SCALES, type Scale, yieldToPage } from '../export/png';
import { PrintReport, type ReportProps } from '../export/Report';
import '../export/export.css';
import { useLanguage } from '../i18n';
import { EXPORT_TEXT } from '../i18n/export';
import { documentFileName, downloadBlob } from '../io/documentFile';
import { analysisOf, useEditor, useEditorStore } from '../store';
import { useModalDialog } from './room/useModalDialog';

export type ExportFormat = 'png' | 'svg' | 'report';
const FORMATS: readonly ExportFormat[] = ['png', 'svg', 'report'];
type Stage = ExportStage | 'report';
const STAGES: Record<ExportFormat, readonly Stage[]> = {
  png: ['drawing', 'painting', 'encoding'], svg: ['drawing'], report: ['report'],
};

/**
 * Export: the map as a PNG (which opens again as the map), an SVG, or the A3 report to print or
 * save as PDF. The person picks the state, the size and the background; the work runs in stages
 * with the page responsive and the stage shown.
 */
export function ExportDialog({ open, onClose }: { open: boolean; onClose(): void }) {
  const store = useEditorStore();
  const language = useLanguage();
  const text = EXPORT_TEXT[language];
  const activeState = useEditor((s) => s.activeState);
  const hasFuture = useEditor((s) => s.document.states.future !== null);
  const [format, setFormat] = useState<ExportFormat>('png');
  const [state, setState] = useState<StateKey>(activeState);
  const [scale, setScale] = useState<Scale>(2);
  const [background, setBackground] = useState<Background>('white');
  const [stage, setStage] = useState<Stage | null>(null);
  const [report, setReport] = useState<ReportProps | null>(null);
  const ref = useModalDialog(open);
  const busy = stage !== null;

  // Opening the dialog starts from the state on screen.
  useEffect(() => {
    if (open) setState(activeState === 'future' && hasFuture ? 'future' : 'current');
  }, [open, activeState, hasFuture]);

  // The report stays in the page until the print dialog has closed.
  const afterPrint = useRef<(() => void) | null>(null);
  useEffect(() => {
    if (!report) return;
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      window.removeEventListener('afterprint', finish);
      setReport(null);
    };
    afterPrint.current = finish;
    window.addEventListener('afterprint', finish);
    // After the report has been laid out: print it.
    const frame = requestAnimationFrame(() => {
      window.print();
      store.getState().showMessage('info', text.printed);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('afterprint', finish);
    };
  }, [report, store, text]);

  const pictureInput = (): PictureInput => {
    const s = store.getState();
    const map = state === 'future' && s.document.states.future ? s.document.states.future : s.document.states.current;
    return {
      doc: s.document, state, locale: language, background, date: new Date(),
      analysis: analysisOf(map),
      // The canvas measured only the state on screen.
      measured: state === s.activeState ? s.measured : undefined,
    };
  };

  const run = async () => {
    const s = store.getState();
    const input = pictureInput();
    try {
      if (format === 'png') {
        const image = await exportPng(input, scale, setStage);
        const fileName = documentFileName(s.document, `${state}.png`);
        downloadBlob(image.blob, fileName);
        s.showMessage('info', image.scaledDown ? text.savedSmaller(fileName, image.width, image.height) : text.saved(fileName));
      } else if (format === 'svg') {
        const blob = await exportSvg(input, setStage);
        const fileName = documentFileName(s.document, `${state}.svg`);
        downloadBlob(blob, fileName);
        s.showMessage('info', text.saved(fileName));
      } else {
        setStage('report');
        await yieldToPage();
        setReport({
          picture: buildPicture({ ...input, background: 'white' }),
          analysis: input.analysis!, actions: actionPlan(input.doc), locale: language,
        });
      }
      onClose();
    } catch (error) {
      s.showMessage('error', text.failed(error instanceof Error ? error.message : String(error)));
    } finally {
      setStage(null);
    }
  };

  const stages = STAGES[format];
  const labels: Record<ExportFormat, [string, string]> = {
    png: [text.dialog.png, text.dialog.pngHint], svg: [text.dialog.svg, text.dialog.svgHint], report: [text.dialog.report, text.dialog.reportHint],
  };
  return (
    <>
      <dialog
        ref={ref} className="export-dialog" aria-labelledby="export-title" aria-busy={busy}
        onClose={onClose} onCancel={(event) => { if (busy) event.preventDefault(); else onClose(); }}
      >
        {open && (
          <form method="dialog" onSubmit={(event) => { event.preventDefault(); if (!busy) void run(); }}>
            <h2 id="export-title">{text.dialog.title}</h2>
            <fieldset disabled={busy}>
              <legend>{text.dialog.format}</legend>
              {FORMATS.map((option) => (
                <label key={option} className="export-choice">
                  <input type="radio" name="export-format" value={option} checked={format === option} onChange={() => setFormat(option)} />
                  <span><strong>{labels[option][0]}</strong> <span className="export-hint">{labels[option][1]}</span></span>
                </label>
              ))}
            </fieldset>
            <fieldset disabled={busy}>
              <legend>{text.dialog.state}</legend>
              {(['current', 'future'] as const).map((option) => (
                <label key={option} className="export-inline">
                  <input
                    type="radio" name="export-state" value={option} checked={state === option}
                    disabled={option === 'future' && !hasFuture} onChange={() => setState(option)}
                  />
                  {option === 'current' ? text.picture.currentState : text.picture.futureState}
                </label>
              ))}
            </fieldset>
            {format === 'png' && (
              <fieldset disabled={busy}>
                <legend>{text.dialog.scale}</legend>
                {SCALES.map((option) => (
                  <label key={option} className="export-inline">
                    <input type="radio" name="export-scale" value={option} checked={scale === option} onChange={() => setScale(option)} />
                    {text.dialog.scaleOption(option)}
                  </label>
                ))}
              </fieldset>
            )}
            {format !== 'report' && (
              <fieldset disabled={busy}>
                <legend>{text.dialog.background}</legend>
                {(['white', 'transparent'] as const).map((option) => (
                  <label key={option} className="export-inline">
                    <input type="radio" name="export-background" value={option} checked={background === option} onChange={() => setBackground(option)} />
                    {option === 'white' ? text.dialog.white : text.dialog.transparent}
                  </label>
                ))}
              </fieldset>
            )}
            <div className="export-progress" role="status" aria-live="polite">
              {busy ? (
                <>
                  <progress aria-label={text.dialog.progress} max={stages.length} value={stages.indexOf(stage)} />
                  <span>{text.stage[stage]}</span>
                </>
              ) : null}
            </div>
            <div className="export-actions">
              <button type="submit" className="primary" disabled={busy}>{format === 'report' ? text.dialog.print : text.dialog.export}</button>
              <button type="button" onClick={onClose} disabled={busy}>{text.dialog.cancel}</button>
            </div>
          </form>
        )}
      </dialog>
      {report && <PrintReport {...report} />}
    </>
  );
}
