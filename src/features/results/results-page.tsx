// Placeholder until the results issue lands.
export function ResultsPage() {
  return <h1>Results</h1>;
}
export function SharedResultPage({ code }: { code: string }) {
  return <h1>Shared result {code.length}</h1>;
}
