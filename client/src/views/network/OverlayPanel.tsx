// The network analyses as an overlay: choose one, read what it means, see what it found as a list (names are
// buttons that select the node), and the marks on the graph.
import { useTexts } from '../../app/texts.tsx';
import { OVERLAYS, type Overlay } from '../../app/url-state.ts';
import type { OverlayModel } from './overlay-model.ts';

interface Props {
  readonly overlay: Overlay;
  readonly model: OverlayModel;
  readonly loading: boolean;
  readonly onOverlay: (overlay: Overlay) => void;
  readonly onSelect: (id: string) => void;
}

export function OverlayPanel({ overlay, model, loading, onOverlay, onSelect }: Props) {
  const t = useTexts();
  return (
    <section className="overlay-panel" aria-labelledby="overlay-title">
      <h2 id="overlay-title">{t.analysis}</h2>
      <label>
        <span className="visually-hidden">{t.analysis}</span>
        <select value={overlay} onChange={(e) => onOverlay(e.target.value as Overlay)}>
          {OVERLAYS.map((o) => (
            <option key={o} value={o}>
              {t.overlays[o]}
            </option>
          ))}
        </select>
      </label>
      {overlay !== 'keine' ? <p className="hint">{t.overlayHelp[overlay]}</p> : null}
      {overlay === 'keine' ? null : loading ? (
        <p>{t.loading}</p>
      ) : model.items.length === 0 ? (
        <p>{t.overlayEmpty}</p>
      ) : (
        <ul className="overlay-items">
          {model.items.map((item, i) => (
            <li key={`${item.id}-${i}`}>
              <button type="button" className="link-button" onClick={() => onSelect(item.id)}>
                {item.label}
              </button>
              <span className="hint">{item.detail}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
