import './forms.css';

/** The GOV.UK back link: top left, above the heading. */
export function BackLink({ href, children = 'Back' }: { href: string; children?: string }) {
  return (
    <a className="back-link" href={href}>
      {children}
    </a>
  );
}
