import { useId, useState, type ReactNode } from 'react';
import './disclosure.css';
import { Icon } from './icons';
import { usePrintRequested } from './use-print-requested';

export interface DisclosureProps {
  title: string;
  /** One line under the title saying what is inside ("3 reasons, 2 next steps"). */
  hint?: ReactNode;
  children: ReactNode;
  /** Open on first render. Afterwards the person decides. */
  defaultOpen?: boolean;
  /** Controlled: forces the section open (presenter view shows the current section opened). */
  forceOpen?: boolean;
  className?: string;
  /** A keyboard shortcut's name (`data-shortcut`) that opens the section while it is closed. */
  shortcut?: string;
  /** Where presenter view and links find the section. */
  sectionId?: string;
  /** The heading level: 2 for a page's sections, 3 for one nested in another. */
  level?: 2 | 3;
}

/**
 * A section whose heading opens and closes it (the accordion pattern: a button inside the h2 with
 * aria-expanded), so the heading stays in the outline for screen-reader users.
 *
 * Its content is rendered the first time the section opens, or when the browser is about to print,
 * and then stays in the DOM with `hidden` while closed (so what was typed or opened inside keeps
 * its state, and print CSS shows it). Most of a result page is in closed sections (on the shared
 * result, 1,038 of its 1,297 elements): a phone does not build what nobody has opened.
 */
export function Disclosure({
  title,
  hint,
  children,
  defaultOpen = false,
  forceOpen = false,
  className,
  shortcut,
  sectionId,
  level = 2,
}: DisclosureProps) {
  const Heading = level === 3 ? 'h3' : 'h2';
  const id = useId();
  const [open, setOpen] = useState(defaultOpen);
  const expanded = open || forceOpen;
  const [opened, setOpened] = useState(expanded);
  if (expanded && !opened) setOpened(true);
  const printing = usePrintRequested();
  return (
    <section
      id={sectionId}
      className={className ? `fold ${className}` : 'fold'}
      aria-labelledby={`${id}-title`}
    >
      <Heading className="fold-heading">
        <button
          type="button"
          className="fold-toggle"
          aria-expanded={expanded}
          aria-controls={`${id}-body`}
          data-shortcut={expanded ? undefined : shortcut}
          onClick={() => setOpen(!expanded)}
        >
          <Icon name="chevron" />
          <span className="fold-text">
            <span className="fold-title" id={`${id}-title`}>
              {title}
            </span>
            {hint && <span className="fold-hint">{hint}</span>}
          </span>
        </button>
      </Heading>
      <div className="fold-body" id={`${id}-body`} hidden={!expanded}>
        {opened || printing ? children : null}
      </div>
    </section>
  );
}
