import type { RoleKit } from '../../domain/plan';

/** The role kit as Markdown, to paste into a doc, a job post or an ATS. */
export function roleKitMarkdown(kit: RoleKit, checkpoint: string): string {
  const lines: string[] = [
    `# ${kit.title}`,
    '',
    kit.mission,
    '',
    '## Scorecard',
    '',
    '### Must-haves',
    '',
  ];
  for (const item of kit.mustHaves) lines.push(`- ${item}`);
  lines.push('', '### Nice-to-haves', '');
  for (const item of kit.niceToHaves) lines.push(`- ${item}`);
  lines.push('', '## Interview loop', '');
  kit.interviewLoop.forEach((step, i) => {
    lines.push(`${i + 1}. **${step.step}**: tests ${lowerFirst(step.tests)} ${step.how}`);
  });
  lines.push('', '## The first 90 days', '');
  for (const phase of kit.onboarding) {
    lines.push(`### ${phase.window}: ${phase.focus}`, '');
    for (const goal of phase.goals) lines.push(`- ${goal}`);
    lines.push('');
  }
  lines.push(
    '## Leading indicators for the first quarter',
    '',
    '| Indicator | Healthy |',
    '| --- | --- |',
  );
  for (const row of kit.indicators) lines.push(`| ${row.indicator} | ${row.healthy} |`);
  lines.push('', '## Mis-hire checkpoint', '', checkpoint, '');
  for (const signal of kit.misHireSignals) lines.push(`- ${signal}`);
  lines.push('', '## Sources', '');
  for (const source of kit.sources) lines.push(`- ${source}`);
  return `${lines.join('\n')}\n`;
}

function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
