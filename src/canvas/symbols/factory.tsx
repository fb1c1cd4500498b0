/** The factory outline of suppliers and customers, with the name inside its walls. */
import type { ReactNode } from 'react';
import { FACTORY_PATH } from './parts';
import { type GlyphProps, Label, SvgGlyph } from './shared';

export const FACTORY_WIDTH_PX = 170;

export function FactoryGlyph(props: GlyphProps) {
  return (
    <SvgGlyph viewWidth={80} viewHeight={48} {...props}>
      <path d={FACTORY_PATH} fill="#fff" />
    </SvgGlyph>
  );
}

/** The factory drawn large with the name set inside the walls, under the saw-tooth roof. */
export function FactoryWithName({ name, placeholder, children }: { name?: string; placeholder: string; children?: ReactNode }) {
  return (
    <div className="arus-factory">
      <FactoryGlyph width={FACTORY_WIDTH_PX} />
      <div className="arus-factory__name">
        <Label text={name} placeholder={placeholder} />
      </div>
      {children}
    </div>
  );
}
