import { Suspense, use, useEffect, useState } from 'react';
import { hasSavedWorkspace } from '../../store/workspace-key';
import './landing.css';
import { Icon } from '../../ui/icons';
import { hrefFor } from '../../ui/router';
import { ImportAssessment } from './import-assessment';
import { loadResumeDraft } from './load-resume-draft';

function LoadedResumeDraft() {
  const loaded = use(loadResumeDraft());
  return loaded && <loaded.ResumeDraft otherwise={null} store={loaded.store} />;
}

/** The front door: what the tool decides, for whom, and the way in. */
export function LandingPage() {
  const [saved] = useState(hasSavedWorkspace);
  useEffect(() => {
    document.title = 'Hire Ready: should your next sales hire be an AE or an SDR?';
  }, []);

  return (
    <div className="landing">
      <section className="hero" aria-labelledby="landing-title">
        <h1 id="landing-title">Should your next sales hire be a closer or an opener?</h1>
        <p className="lead">
          Hire Ready tells a B2B company whether to hire an Account Executive, an SDR, both, or
          nobody yet. Founders and the consultants who advise them get a clear answer, the reasons
          behind it, and what to do next.
        </p>
        {/* With saved work, "Resume" and "Start over" come first; both paths stay on offer. */}
        {saved ? (
          <Suspense fallback={null}>
            <LoadedResumeDraft />
          </Suspense>
        ) : null}
        <div className="grid-2 two-paths">
          <div className="card">
            <h2>Quick check, 2 minutes</h2>
            <p>
              8 questions. A first answer, with the other questions filled with typical values and
              marked as assumed, and which of them could still change the answer.
            </p>
            <a className="button" href={hrefFor({ name: 'quick' })}>
              Start quick check
              <Icon name="arrowRight" />
            </a>
          </div>
          <div className="card">
            <h2>Full assessment, 6 minutes</h2>
            <p>
              Every question, in five short steps. The full answer with its confidence, the reasons,
              what to fix first, the arithmetic and a report you can print or share.
            </p>
            <a
              className="button button-secondary"
              href={hrefFor({ name: 'wizard', step: 'company' })}
            >
              Start assessment
              <Icon name="arrowRight" />
            </a>
          </div>
        </div>
        <p className="privacy">
          <strong>Your answers stay in this browser.</strong> No account, no server, nothing is sent
          anywhere.
        </p>
        <ImportAssessment />
      </section>

      <section aria-labelledby="roles-title" className="roles">
        <h2 id="roles-title">AE or SDR: what is the difference?</h2>
        <div className="grid-2">
          <div className="card">
            <h3>Account Executive (AE): the closer</h3>
            <p>
              Takes a qualified prospect from first real conversation to signed contract: discovery,
              demo, proposal, negotiation. Carries a revenue quota. An AE needs a steady supply of
              qualified opportunities and a sales process that already works.
            </p>
          </div>
          <div className="card">
            <h3>Sales Development Rep (SDR): the opener</h3>
            <p>
              Finds and qualifies prospects and books first meetings for the closers, by answering
              inbound interest fast and prospecting outbound. An SDR creates pipeline; someone else
              has to have time to close it.
            </p>
          </div>
        </div>
        <p className="muted-note">
          Hire an SDR with nobody free to close and the meetings go nowhere. Hire an AE with no
          pipeline and they wait. Hire Ready looks at your lead flow, your process, your deal size,
          your team's time and your runway to tell which gap is real.
        </p>
      </section>
    </div>
  );
}
