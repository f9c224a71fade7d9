import { useEffect, useState } from 'react';
import { isTypingTarget } from '../../ui/keyboard';
import { Icon } from '../../ui/icons';

export type PresenterSectionId = 'verdict' | 'why' | 'plan' | 'numbers';

export const PRESENTER_SECTION_LABELS: Record<PresenterSectionId, string> = {
  verdict: 'Verdict',
  why: 'Why',
  plan: 'Plan',
  numbers: 'Numbers',
};

/**
 * Which section presenter view shows, moved with the arrow keys (← →) or the buttons. Listens only
 * while presenting, and never while the person types in a field or a dialog is open.
 */
export function usePresenterSection(sections: readonly PresenterSectionId[], active: boolean) {
  const [index, setIndex] = useState(0);
  const current = Math.min(index, sections.length - 1);
  useEffect(() => {
    if (!active) return;
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
      if (isTypingTarget(event.target)) return;
      if (event.target instanceof Element && event.target.closest('dialog[open]')) return;
      event.preventDefault();
      setIndex((i) => {
        const at = Math.min(i, sections.length - 1);
        return event.key === 'ArrowRight'
          ? Math.min(at + 1, sections.length - 1)
          : Math.max(at - 1, 0);
      });
    }
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [active, sections.length]);
  return [sections[current] ?? 'verdict', current, setIndex] as const;
}

interface PresenterNavProps {
  sections: readonly PresenterSectionId[];
  current: number;
  onGo: (index: number) => void;
}

/** The section strip at the top of presenter view: where we are, and ← → to move. */
export function PresenterNav({ sections, current, onGo }: PresenterNavProps) {
  const label = PRESENTER_SECTION_LABELS[sections[current] ?? 'verdict'];
  return (
    <nav className="presenter-nav no-print" aria-label="Presenter sections">
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={current === 0}
        onClick={() => onGo(current - 1)}
        aria-keyshortcuts="ArrowLeft"
      >
        <Icon name="arrowLeft" size={18} />
        <span className="visually-hidden">Previous section</span>
      </button>
      <ol className="presenter-steps">
        {sections.map((section, index) => (
          <li key={section}>
            <button
              type="button"
              className="presenter-step"
              aria-current={index === current ? 'step' : undefined}
              onClick={() => onGo(index)}
            >
              <span className="presenter-step-number">{index + 1}</span>
              {PRESENTER_SECTION_LABELS[section]}
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="button button-secondary button-small"
        disabled={current === sections.length - 1}
        onClick={() => onGo(current + 1)}
        aria-keyshortcuts="ArrowRight"
      >
        <span className="visually-hidden">Next section</span>
        <Icon name="arrowRight" size={18} />
      </button>
      <p className="visually-hidden" role="status">
        Section {current + 1} of {sections.length}: {label}
      </p>
    </nav>
  );
}
