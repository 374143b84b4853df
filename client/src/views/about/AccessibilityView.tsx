// The accessibility statement ("Erklärung zur Barrierefreiheit", BITV 2.0 / Directive (EU) 2016/2102): reachable
// from the footer of every view, with the operator's feedback contact (Query.site) and the enforcement procedure.
import { useLayoutEffect } from 'react';
import type { SiteQuery } from '../../api/generated/operations.ts';
import type { QueryState } from '../../api/use-query.ts';
import type { UiLanguage } from '../../app/url-state.ts';
import { CONCILIATION, STATEMENT_PREPARED, STATEMENT_TEXTS, type StatementTexts } from './statement-texts.ts';
import './about.css';

interface Props {
  readonly lang: UiLanguage;
  readonly site: QueryState<SiteQuery>;
}

function formatDay(day: string, lang: UiLanguage): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString(lang === 'en' ? 'en-GB' : 'de-DE', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function Feedback({ s, site }: { readonly s: StatementTexts; readonly site: QueryState<SiteQuery> }) {
  if (site.loading) return <p>{s.feedbackLoading}</p>;
  const email = site.data?.site.feedbackEmail ?? null;
  const url = site.data?.site.feedbackUrl ?? null;
  if (email === null && url === null) {
    return (
      <>
        <p className="feedback-missing">{s.feedbackMissing}</p>
        <p className="hint">{s.feedbackOperator}</p>
      </>
    );
  }
  return (
    <>
      <p>{s.feedbackIntro}</p>
      <ul className="contact">
        {email !== null ? (
          <li>
            {s.feedbackEmail} <a href={`mailto:${email}`}>{email}</a>
          </li>
        ) : null}
        {url !== null ? (
          <li>
            {s.feedbackUrl} <a href={url}>{url}</a>
          </li>
        ) : null}
      </ul>
      {email !== null ? <p>{s.feedbackLink}</p> : null}
    </>
  );
}

export function AccessibilityView({ lang, site }: Props) {
  const s = STATEMENT_TEXTS[lang];
  // In the same task as the render, so a test never sees the contact details as ready while they load.
  useLayoutEffect(() => {
    if (window.__atlas) window.__atlas.ready = !site.loading;
  });
  return (
    <article className="statement" aria-labelledby="statement-title">
      <h2 id="statement-title">{s.heading}</h2>
      <p>{s.scope(window.location.origin)}</p>

      <h3>{s.statusHeading}</h3>
      <p>{s.status}</p>

      <h3>{s.barriersHeading}</h3>
      <ul className="barriers">
        {s.barriers.map((barrier) => (
          <li key={barrier.what}>
            <strong>{barrier.what}</strong> {barrier.detail}
          </li>
        ))}
      </ul>

      <h3>{s.methodHeading}</h3>
      <p>
        {s.prepared} <time dateTime={STATEMENT_PREPARED}>{formatDay(STATEMENT_PREPARED, lang)}</time>{' '}
        {s.method}
      </p>
      <p>{s.methodLimits}</p>

      <h3 id="feedback">{s.feedbackHeading}</h3>
      <Feedback s={s} site={site} />

      <h3>{s.enforcementHeading}</h3>
      <p>{s.enforcement}</p>
      <address lang="de">
        {s.conciliationName}
        <br />
        {CONCILIATION.address}
        <br />
        <span lang={lang}>{s.phone}</span> {CONCILIATION.phone}
        <br />
        <span lang={lang}>{s.email}</span> <a href={`mailto:${CONCILIATION.email}`}>{CONCILIATION.email}</a>
        <br />
        <span lang={lang}>{s.web}</span>{' '}
        <a href={CONCILIATION.web}>{CONCILIATION.web.replace('https://', '')}</a>
      </address>
      <p>{s.enforcementLand}</p>
    </article>
  );
}
