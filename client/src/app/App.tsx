// The page: a header with the views, the as-of date, the evidence switch and the language; below it the chosen
// view; a footer with the accessibility statement and feedback. Everything a view shows follows the state in the
// URL (url-state.ts). Asked once for the whole page: the words for kinds (labels.tsx) and the operator's settings.
import { useEffect } from 'react';
import type { SiteQuery } from '../api/generated/operations.ts';
import { useQuery } from '../api/use-query.ts';
import { AccessibilityView } from '../views/about/AccessibilityView.tsx';
import { GapsView } from '../views/gaps/GapsView.tsx';
import { NetworkView } from '../views/network/NetworkView.tsx';
import { OverlapsView } from '../views/overlaps/OverlapsView.tsx';
import { BodiesView } from '../views/bodies/BodiesView.tsx';
import { KreisMapView } from '../views/map/KreisMapView.tsx';
import { SITE_QUERY } from './app-operations.ts';
import { TEXTS } from './i18n.ts';
import { LabelsContext, useVocabularyLabels } from './labels.tsx';
import { PageFooter } from './PageFooter.tsx';
import { StatusProvider } from './status.tsx';
import { YearSlider } from './YearSlider.tsx';
import { TextsContext } from './texts.tsx';
import { useAtlasState } from './use-atlas-state.ts';
import { TABS, validDay, type View } from './url-state.ts';

const NO_VARIABLES = {};

export function App() {
  const [state, update] = useAtlasState();
  const t = TEXTS[state.lang];
  const labels = useVocabularyLabels(state.lang);
  const site = useQuery<SiteQuery>(SITE_QUERY, NO_VARIABLES);
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
    barrierefreiheit: <AccessibilityView lang={state.lang} site={site} />,
  };
  return (
    <TextsContext.Provider value={t}>
      <LabelsContext.Provider value={labels}>
        <StatusProvider>
          <header className="bar">
            <div className="brand">
              <h1>{t.title}</h1>
              <span className="tagline">{t.tagline}</span>
            </div>
            <nav aria-label={t.title}>
              <ul className="tabs">
                {TABS.map((view) => (
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
          <PageFooter state={state} update={update} site={site.data?.site ?? null} />
        </StatusProvider>
      </LabelsContext.Provider>
    </TextsContext.Provider>
  );
}
