// The network's filters besides kinds: topic and target group (emphasise the offers for them and who carries
// them), and the kinds of relationship the API should follow.
import type { TermsQuery } from '../../api/generated/operations.ts';
import { RelationshipType } from '../../api/generated/schema-enums.ts';
import { useQuery } from '../../api/use-query.ts';
import { useLabels } from '../../app/labels.tsx';
import { useTexts } from '../../app/texts.tsx';
import type { ViewProps } from '../../app/view-props.ts';
import { TermSelect } from '../../ui/TermSelect.tsx';
import { TERMS_QUERY } from '../../ui/ui-operations.ts';

/** The types a coordinator filters by; provenance (SOURCED_FROM) is left to the details panel. */
const CHOOSABLE = Object.values(RelationshipType).filter((type) => type !== RelationshipType.SOURCED_FROM);

const NO_VARIABLES = {};

export function NetworkFilters({ state, update }: ViewProps) {
  const t = useTexts();
  const labels = useLabels();
  const terms = useQuery<TermsQuery>(TERMS_QUERY, NO_VARIABLES);
  const chosen = new Set(state.relationshipTypes);
  const toggle = (type: RelationshipType) =>
    update({
      relationshipTypes: CHOOSABLE.filter((x) => (x === type ? !chosen.has(x) : chosen.has(x))),
    });
  return (
    <section className="network-filters" aria-labelledby="filters-title">
      <h2 id="filters-title">{t.filters}</h2>
      <TermSelect
        label={t.topic}
        allLabel={t.allTopics}
        terms={terms.data?.topics ?? []}
        value={state.topic}
        lang={state.lang}
        onChange={(id) => update({ topic: id })}
      />
      <TermSelect
        label={t.targetGroup}
        allLabel={t.allTargetGroups}
        terms={terms.data?.targetGroups ?? []}
        value={state.targetGroup}
        lang={state.lang}
        onChange={(id) => update({ targetGroup: id })}
      />
      <details>
        <summary>
          {t.relationshipTypes}: {chosen.size === 0 ? t.allRelationshipTypes : chosen.size}
        </summary>
        <ul className="relationship-types">
          {CHOOSABLE.map((type) => (
            <li key={type}>
              <label>
                <input type="checkbox" checked={chosen.has(type)} onChange={() => toggle(type)} />{' '}
                {labels.relationship(type)}
              </label>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}
