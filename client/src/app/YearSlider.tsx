// A year slider for the as-of date: the current year means today; any other year means its last day, so
// "2018" shows what was active at the end of 2018. The exact day stays settable in the date field beside it.
import { useTexts } from './texts.tsx';

const FIRST_YEAR = 2000;

export function yearToDay(year: number, currentYear: number): string | null {
  return year === currentYear ? null : `${year}-12-31`;
}

export function YearSlider({
  at,
  onAt,
}: {
  readonly at: string | null;
  readonly onAt: (at: string | null) => void;
}) {
  const t = useTexts();
  const currentYear = new Date().getUTCFullYear();
  const year = at === null ? currentYear : Number(at.slice(0, 4));
  const current = at === null;
  // A day set in the date field that is not a year's end is shown as that day, not as "end of year".
  const label = at === null || at.endsWith('-12-31') ? t.yearValue(year, current) : at;
  return (
    <label className="year-slider">
      {t.year}{' '}
      <input
        type="range"
        min={FIRST_YEAR}
        max={currentYear + 5}
        step={1}
        value={year}
        aria-valuetext={label}
        onChange={(e) => onAt(yearToDay(Number(e.target.value), currentYear))}
      />{' '}
      <output>{label}</output>
    </label>
  );
}
