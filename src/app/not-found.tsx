import { useEffect } from 'react';
import { hrefFor } from '../ui/router';

/** Any address the router does not know. */
export function NotFound() {
  useEffect(() => {
    document.title = 'Page not found – Hire Ready';
  }, []);
  return (
    <section className="stack">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address.{' '}
        <a href={hrefFor({ name: 'landing' })}>Go to the start page</a>.
      </p>
    </section>
  );
}
