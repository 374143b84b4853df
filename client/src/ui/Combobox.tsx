// A text field with suggestions as you type (ARIA 1.2 combobox with a listbox): suggestions come from an async
// function (an API search), debounced; arrows move through them, Enter or a click picks one, Esc closes. Only what
// the person types searches: the text a pick puts in does not reopen the list.
import { useEffect, useId, useState } from 'react';
import './combobox.css';

export interface Suggestion {
  readonly id: string;
  readonly label: string;
  /** A second, smaller line: a kind, a level, the region it lies in. */
  readonly detail?: string;
}

interface Props {
  readonly label: string;
  readonly placeholder: string;
  readonly noHit: string;
  readonly failed: string;
  readonly suggest: (text: string) => Promise<readonly Suggestion[]>;
  readonly onPick: (suggestion: Suggestion) => void;
  /** The text shown at first, e.g. the name of what is already chosen. */
  readonly initialText?: string;
}

const DEBOUNCE_MS = 180;
export const MAX_TEXT = 200;

export function Combobox({ label, placeholder, noHit, failed, suggest, onPick, initialText = '' }: Props) {
  const listId = useId();
  const [text, setText] = useState(initialText);
  const [typed, setTyped] = useState(false);
  const [hits, setHits] = useState<readonly Suggestion[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState(false);

  useEffect(() => {
    const query = text.trim();
    if (!typed || query.length < 2) {
      setHits([]);
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      suggest(query.slice(0, MAX_TEXT))
        .then((found) => {
          if (!current) return;
          setHits(found);
          setError(false);
          setActive(-1);
          setOpen(true);
        })
        .catch(() => {
          if (!current) return;
          setHits([]);
          setError(true);
          setOpen(true);
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [text, typed, suggest]);

  const pick = (hit: Suggestion | undefined) => {
    if (!hit) return;
    onPick(hit);
    setTyped(false);
    setText(hit.label);
    setOpen(false);
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (event.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => Math.min(hits.length - 1, i + 1));
    } else if (event.key === 'ArrowUp') {
      setActive((i) => Math.max(0, i - 1));
    } else if (event.key === 'Enter') {
      pick(hits[active >= 0 ? active : 0]);
    } else if (event.key === 'Escape') {
      setOpen(false);
    } else {
      return;
    }
    event.preventDefault();
  };

  const showList = open && typed && text.trim().length >= 2;
  return (
    <div className="combobox">
      <label htmlFor={`${listId}-input`}>{label}</label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        maxLength={MAX_TEXT}
        onChange={(e) => {
          setTyped(true);
          setText(e.target.value);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => window.setTimeout(() => setOpen(false), 150)}
      />
      {showList && (
        <ul id={listId} role="listbox" className="suggestions" aria-label={label}>
          {hits.length === 0 && <li className="no-hit">{error ? failed : noHit}</li>}
          {hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => {
                e.preventDefault();
                pick(hit);
              }}
            >
              <span>{hit.label}</span> {hit.detail ? <small>{hit.detail}</small> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
