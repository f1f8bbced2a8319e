// A realistic assessment for the report's browser test: every clause item and control
// answered in a fixed mix of Yes, Partly and No, notes behind some "Partly" and "No" answers,
// evidence, owners and due dates, review comments, two described AI systems with impact
// answers, risks with owners and treatment actions, and an entry in every register. Built
// from the frozen format-v9 fixture and the catalog's own question IDs, so it migrates like
// any stored file of that version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The repository's root (the specs run as CommonJS, where `__dirname` is this folder). */
const root = join(__dirname, '..', '..', '..');
const read = (path: string): any => JSON.parse(readFileSync(join(root, path), 'utf8'));

/** The texts the report test looks for. */
export const SAMPLE = {
  organisation: 'Northwind Lending Ltd',
  partlyNote: 'Draft approved by the CEO only, board sign-off due in January',
  evidence: 'AI policy v2.1 in the document library',
  comment: 'Show the signed copy of the policy at the audit',
  systemPurpose: 'Ranks consumer loan applications for an underwriter to decide',
  registerEntry: 'Internal audit of the AIMS 2026',
  riskOwner: 'Head of Credit Risk',
};

const CHOICES = ['yes', 'yes', 'partly', 'yes', 'no', 'partly', 'yes'];

/** The sample as the text of an export file (schema version 9). */
export function sampleDocument(): string {
  const document = read('tests/data/format-v9.json');
  const assessment = document.assessment;
  assessment.name = 'Readiness review 2026';
  assessment.profile.organisation = SAMPLE.organisation;
  assessment.profile.scope = 'Credit decisions supported by AI in the UK consumer lending business';
  const items: Record<string, any> = {};
  const clauses = read('src/domain/catalog/clauses.json').clauses.flatMap((c: any) => c.items);
  const controls = read('src/domain/catalog/annex_a.json').areas.flatMap((a: any) => a.sections.flatMap((s: any) => s.controls));
  let counter = 0;
  for (const item of [...clauses, ...controls]) {
    const answers: Record<string, string> = {};
    const notes: Record<string, string> = {};
    for (const question of item.questions ?? []) {
      if (question.same_as) continue;
      const choice = CHOICES[counter++ % CHOICES.length];
      answers[question.id] = choice;
      if (choice !== 'yes' && counter % 3 === 0) notes[question.id] = `Work under way on ${question.id}`;
    }
    items[item.id] = {
      answers,
      question_notes: notes,
      notes: '',
      evidence: counter % 4 === 0 ? `Records kept for ${item.id}` : '',
      owner: counter % 2 === 0 ? 'Compliance lead' : '',
      ...(counter % 5 === 0 ? { due_date: '2027-02-28' } : {}),
    };
  }
  const policy = items['5.2'];
  const partly = Object.keys(policy.answers).find((id) => policy.answers[id] === 'partly') ?? Object.keys(policy.answers)[0];
  policy.answers[partly] = 'partly';
  policy.question_notes[partly] = SAMPLE.partlyNote;
  policy.evidence = SAMPLE.evidence;
  policy.owner = 'Chief Risk Officer';
  policy.due_date = '2027-01-31';
  assessment.items = items;
  assessment.review_comments = [
    { id: 'C1', item: '5.2', author: 'Lead auditor', date: '2026-11-20', text: SAMPLE.comment, resolved: false },
    { id: 'C2', item: '6.1.2', author: 'Lead auditor', date: '2026-11-20', text: 'Name who accepts the residual risks', resolved: true },
  ];
  assessment.next_comment_number = 3;

  const system = assessment.systems[0];
  system.name = 'Loan scoring model';
  system.purpose = SAMPLE.systemPurpose;
  system.users = 'Underwriters';
  system.affected = 'Applicants for consumer loans';
  system.owner = 'Head of Credit Risk';
  const impact = read('src/domain/catalog/impact.json');
  const answers: Record<string, string> = {};
  for (const section of impact.harm_sections) {
    for (const question of section.questions) answers[question.id] = question.options[section.id === 'fairness' ? 2 : 1].id;
  }
  for (const group of impact.measure_groups) {
    for (const measure of group.measures) answers[measure.id] = measure.options[0].id;
  }
  system.impact.answers = answers;
  system.impact.assessor = 'Risk manager';
  system.impact.date = '2026-11-02';
  assessment.systems.push({ ...structuredClone(system), id: 'S2', name: 'Customer chat assistant', purpose: 'Answers customers’ questions about their loans', impact: { ...structuredClone(system.impact), answers: {} } });
  assessment.next_system_number = 3;

  assessment.risks = [1, 2, 3, 4, 5, 6].map((n) => ({
    id: `R${n}`,
    title: `Risk ${n}: scores drift against some groups of applicants`,
    description: 'The model learns from past decisions.',
    system: n % 2 ? 'S1' : 'S2',
    source: 'C.3.4',
    objective: 'C.2.5',
    owner: SAMPLE.riskOwner,
    inherent: { likelihood: 1 + (n % 5), consequence: 1 + ((n + 2) % 5) },
    treatment: 'modify',
    controls: ['A.7.4', 'A.6.2.4'],
    actions: [{ description: `Reweight the training data (${n})`, owner: 'Data science', due_date: '2026-11-30', done: false }],
    residual: { likelihood: 1, consequence: 2 },
    acceptance: { accepted_by: 'Managing director', date: '2026-11-20', rationale: 'Within appetite once reweighted.' },
    status: 'treated',
  }));
  assessment.next_risk_number = 7;
  assessment.records.audits[0].title = SAMPLE.registerEntry;
  assessment.records.audits[0].planned_on = '2026-10-01';
  return JSON.stringify(document);
}
