// Placeholder until the wizard issue lands.
export function WizardPage({ step }: { step: string }) {
  return (
    <section>
      <h1>Step: {step}</h1>
      <p>The questions are on their way.</p>
    </section>
  );
}
