// The page: a header with the views, the as-of date, the evidence switch and the language; below it the chosen
// view. Everything a view shows follows the state in the URL (url-state.ts).
import { useEffect } from 'react';
import { GapsView } from '../views/gaps/GapsView.tsx';
import { NetworkView } from '../views/network/NetworkView.tsx';
import { OverlapsView } from '../views/overlaps/OverlapsView.tsx';
import { BodiesView } from '../views/bodies/BodiesView.tsx';
import { KreisMapView } from '../views/map/KreisMapView.tsx';
import { TEXTS } from './i18n.ts';
import { StatusProvider } from './status.tsx';
import { YearSlider } from './YearSlider.tsx';
import { TextsContext } from './texts.tsx';
import { useAtlasState } from './use-atlas-state.ts';
import { validDay, VIEWS, type View } from './url-state.ts';

export function App() {
  const [state, update] = useAtlasState();
  const t = TEXTS[state.lang];
  useEffect(() => {
    document.documentElement.lang = state.lang;
    document.title = `${t.views[state.view]} · ${t.title}`;
  }, [state.lang, state.view, t]);
  const views: Record<View, React.JSX.Element> = {
    netzwerk: <NetworkView state={state} update={update} />,
    luecken: <GapsView state={state} update={update} />,
    ueberschneidungen: <OverlapsView state={state} update={update} />,
    gremien: <BodiesView state={state} update={update} />,
    karte: <KreisMapView state={state} update={update} />,
  };
  return (
    <TextsContext.Provider value={t}>
      <StatusProvider>
        <header className="bar">
          <div className="brand">
            <h1>{t.title}</h1>
            <span className="tagline">{t.tagline}</span>
          </div>
          <nav aria-label={t.title}>
            <ul className="tabs">
              {VIEWS.map((view) => (
                <li key={view}>
                  <button
                    type="button"
                    aria-current={state.view === view ? 'page' : undefined}
                    onClick={() => update({ view, selected: null })}
                  >
                    {t.views[view]}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          <div className="global-controls">
            <YearSlider at={state.at} onAt={(at) => update({ at })} />
            <label>
              {t.asOf}{' '}
              <input
                type="date"
                value={state.at ?? ''}
                min="1990-01-01"
                max="2100-12-31"
                onChange={(e) => update({ at: validDay(e.target.value) })}
              />
            </label>
            <label>
              <input
                type="checkbox"
                checked={state.statedOnly}
                onChange={(e) => update({ statedOnly: e.target.checked })}
              />{' '}
              {t.statedOnly}
            </label>
            <button
              type="button"
              lang={state.lang === 'de' ? 'en' : 'de'}
              onClick={() => update({ lang: state.lang === 'de' ? 'en' : 'de' })}
            >
              {t.switchTo}
            </button>
          </div>
        </header>
        <main id="main">{views[state.view]}</main>
      </StatusProvider>
    </TextsContext.Provider>
  );
}
