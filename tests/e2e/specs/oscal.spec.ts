// Issue 24, item 3: the four OSCAL 1.1.2 exports of the Data page. Each button offers a file
// with the expected name whose one top-level key is its OSCAL model; the content follows the
// assessment (the exclusion, the answers, the notes as text, the open actions). CI validates
// the same models with compliance-trestle (tests/oscal/validate.py).
import { expect, test } from '@playwright/test';
import { App } from '../support/app';

const today = /\d{4}-\d{2}-\d{2}|undated/;

test('the four OSCAL exports download as OSCAL 1.1.2 models of the assessment', async ({ page }) => {
  const app = new App(page);
  await app.answerWithGapsAndAnExclusion();
  // A justified exclusion takes A.10.4 out of the results as well as the profile.
  await app.justification('A.10.4').fill('We supply no AI system to customers.');
  await app.waitForStored(
    (d) => d.assessment.soa.controls['A.10.4']?.justification === 'We supply no AI system to customers.',
    'the justification is saved',
  );
  await app.open('#/gap-analysis/4');
  await app.field('Notes for 4.2').fill('<b>bold</b> *claim*');
  await app.waitForStored((d) => d.assessment.items['4.2']?.notes === '<b>bold</b> *claim*', 'the notes are saved');
  await app.openData();
  const group = page.getByRole('group', { name: 'OSCAL 1.1.2 (JSON)', exact: true });
  await expect(group).toBeVisible();

  const catalogFile = await app.download('Export OSCAL catalog');
  expect(catalogFile.name).toMatch(/^aims-assess-iso42001-oscal-catalog-[\d.]+\.json$/);
  const catalog = JSON.parse(catalogFile.text);
  expect(Object.keys(catalog)).toEqual(['catalog']);
  expect(catalog.catalog.metadata['oscal-version']).toBe('1.1.2');
  const clause4 = catalog.catalog.groups.find((g: any) => g.id === 'clause-4');
  const c41 = clause4.controls.find((c: any) => c.id === 'clause-4-1');
  expect(c41.title).toBe('Understanding the organization and its context');
  // The prose is loaded on demand before the catalog is written.
  expect(c41.parts.some((p: any) => p.name === 'guidance' && p.prose.length > 20)).toBe(true);

  const profileFile = await app.download('Export OSCAL profile');
  expect(profileFile.name).toMatch(/-oscal-profile-/);
  expect(profileFile.name).toMatch(today);
  const profile = JSON.parse(profileFile.text);
  expect(Object.keys(profile)).toEqual(['profile']);
  expect(profile.profile.imports[0].href).toBe(catalogFile.name);
  const ids: string[] = profile.profile.imports[0]['include-controls'][0]['with-ids'];
  expect(ids).toContain('clause-4-1');
  expect(ids).not.toContain('a-10-4');

  const resultsFile = await app.download('Export OSCAL assessment results');
  expect(resultsFile.name).toMatch(/-oscal-assessment-results-.*\.json$/);
  const results = JSON.parse(resultsFile.text);
  expect(Object.keys(results)).toEqual(['assessment-results']);
  const result = results['assessment-results'].results[0];
  const finding41 = result.findings.find((f: any) => f.target['target-id'] === 'clause-4-1_obj');
  expect(finding41.target.status.state).toBe('satisfied');
  expect(result.findings.some((f: any) => f.target['target-id'] === 'a-10-4_obj')).toBe(false);
  const notes = result.observations.find((o: any) => o.title.startsWith('Answers and evidence for 4.2 '));
  expect(notes.remarks).toBe('\\<b\\>bold\\</b\\> \\*claim\\*');

  const poamFile = await app.download('Export OSCAL POA&M');
  expect(poamFile.name).toMatch(/-oscal-poam-.*\.json$/);
  const poam = JSON.parse(poamFile.text);
  expect(Object.keys(poam)).toEqual(['plan-of-action-and-milestones']);
  expect(poam['plan-of-action-and-milestones']['poam-items'].length).toBeGreaterThan(0);
  await expect(page.getByText(`Exported ${poamFile.name}.`)).toBeVisible();
});
