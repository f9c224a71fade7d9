import { useId } from 'react';
import './roles.css';
import { hrefFor } from '../../ui/router';
import { usePageHeading } from '../../ui/use-page-heading';

interface Role {
  id: string;
  name: string;
  nickname: string;
  does: string[];
  measured: string;
  needs: string;
}

const ROLES: Role[] = [
  {
    id: 'ae',
    name: 'Account Executive (AE)',
    nickname: 'The closer',
    does: [
      'Takes a qualified prospect from the first real conversation to a signed contract.',
      'Runs discovery, demos and proposals, handles objections, negotiates and gets the signature.',
      'Carries a yearly revenue target (quota), usually several times their own pay.',
    ],
    measured: 'New revenue won against quota, share of opportunities won, and how long deals take.',
    needs:
      'A steady supply of qualified opportunities and a way of selling that already works. Without pipeline an AE waits; without a proven process they have to invent one.',
  },
  {
    id: 'sdr',
    name: 'Sales Development Rep (SDR)',
    nickname: 'The opener',
    does: [
      'Researches target accounts and contacts prospects by email, phone and social.',
      'Answers inbound interest quickly and checks it is a real fit before a closer spends time.',
      'Books first meetings for the closers (founders or AEs).',
    ],
    measured: 'Qualified meetings booked and opportunities created each month.',
    needs:
      'Someone with time to close what they book, a defined ideal customer, and deals big enough that outbound pays for itself.',
  },
  {
    id: 'bdr',
    name: 'Business Development Rep (BDR)',
    nickname: 'The outbound opener',
    does: [
      'Does the SDR job with the focus on outbound: companies that have never shown interest.',
      'Builds target lists, runs sequences of messages and calls, and books first meetings.',
    ],
    measured: 'The same as an SDR: meetings and opportunities created.',
    needs:
      'Many companies use SDR and BDR for the same role. Where they differ, the BDR works cold accounts and the SDR works inbound leads.',
  },
  {
    id: 'am',
    name: 'Account Manager (AM) or Customer Success Manager (CSM)',
    nickname: 'The keeper',
    does: [
      'Looks after customers once the AE has closed them: onboarding, check-ins and renewals.',
      'Finds chances to grow the account: more seats, more teams, a bigger plan.',
    ],
    measured: 'Customers kept (retention) and revenue grown from existing customers (expansion).',
    needs:
      'Enough customers that keeping and growing them is a job of its own. It is rarely the first sales hire; Hire Ready does not recommend it.',
  },
];

/** `#/roles`: what each sales role does, in plain words, linked from the result. */
export function RolesPage() {
  const id = useId();
  const heading = usePageHeading('Sales roles explained – Hire Ready');
  return (
    <article className="roles-page">
      <h1 ref={heading} tabIndex={-1}>
        Sales roles explained
      </h1>
      <p className="lead">
        Who does what in a small sales team, and what each role needs around it to pay off.
      </p>
      <div className="roles-grid">
        {ROLES.map((role) => (
          <section key={role.id} className="card role-card" aria-labelledby={`${id}-${role.id}`}>
            <h2 id={`${id}-${role.id}`}>
              {role.name}
              <span className="role-nickname">{role.nickname}</span>
            </h2>
            <ul>
              {role.does.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
            <p>
              <strong>Measured by: </strong>
              {role.measured}
            </p>
            <p>
              <strong>Needs: </strong>
              {role.needs}
            </p>
          </section>
        ))}
      </div>
      <section className="result-section" aria-labelledby={`${id}-order`}>
        <h2 id={`${id}-order`}>Why the order matters</h2>
        <p>
          An SDR with nobody free to close books meetings that go nowhere. An AE with no pipeline
          waits, and burns money while ramping. So the first question is which side is short: the
          conversations coming in, or the time to close them. When both are short, you need both;
          when the basics are not there yet (a repeatable pitch, a defined customer, enough runway
          for ramp), the right answer is to fix those first.
        </p>
        <p className="button-row no-print">
          <a className="button" href={hrefFor({ name: 'results' })}>
            Back to your result
          </a>
          <a
            className="button button-secondary"
            href={hrefFor({ name: 'wizard', step: 'company' })}
          >
            Start an assessment
          </a>
        </p>
      </section>
    </article>
  );
}
