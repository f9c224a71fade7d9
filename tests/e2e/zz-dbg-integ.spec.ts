import { it } from 'vitest';
import { questionsForStep, SAMPLE_ANSWERS } from '../../src/domain';
import { answersBefore, seedWorkspace } from './seed';
import { gotoApp, newPage, useBrowser } from './support';
const browser = useBrowser();
it('dbg', async () => {
  const page = await newPage(browser(), { viewport: 1280 });
  await seedWorkspace(page, { answers: answersBefore('capacity'), step: 'capacity' });
  await gotoApp(page, '#/assess/capacity');
  await page.getByRole('heading', { level: 1 }).waitFor();
  for (const q of questionsForStep('capacity')) {
    const v = SAMPLE_ANSWERS[q.id];
    if (q.kind === 'number') await page.getByLabel(q.label, { exact: true }).fill(String(v));
    else await page.getByRole('group', { name: q.label, exact: true }).getByLabel(v ? 'Yes' : 'No', { exact: true }).check();
  }
  await page.getByRole('button', { name: 'Continue' }).click();
  await new Promise((r) => setTimeout(r, 3000));
  console.log(page.url());
  console.log(await page.locator('main').innerText());
  await page.screenshot({ path: '/tmp/integdbg/cap.png', fullPage: true });
}, 120000);
