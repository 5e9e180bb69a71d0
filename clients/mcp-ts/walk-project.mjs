// Walks a project to its end as an agent would, over one stdio connection: get_ready, show_task, then submit
// (an SQL leaf's own check queries as its content, with no result; a sentence for any other leaf), until nothing
// is ready or a step fails. Then makes the calls listed in CALLS.json, if given. Prints
// {steps: [{task_id, sql, ...result of lib/client.mjs call()}], calls: [...], tools: [names]}.
//   node walk-project.mjs PROJECT_ID [CALLS.json] -- ltt mcp --learner ada
import { readFileSync } from 'node:fs';
import { call, connect, finish } from './lib/client.mjs';

const project = process.argv[2];
if (!project || project === '--') throw new Error('usage: node walk-project.mjs PROJECT_ID [CALLS.json] -- SERVER...');
const file = process.argv[3] && process.argv[3] !== '--' ? process.argv[3] : null;
const { client, tools } = await connect();
const steps = [];
for (let i = 0; i < 100; i++) {
  const ready = await call(client, 'get_ready', { project_id: project, limit: 1 });
  if (ready.thrown || ready.is_error) { steps.push({ task_id: null, sql: false, ...ready }); break; }
  if (ready.structured.tasks.length === 0) break;
  const id = ready.structured.tasks[0].id;
  const task = await call(client, 'show_task', { task_id: id });
  if (task.thrown || task.is_error) { steps.push({ task_id: id, sql: false, ...task }); break; }
  const checks = task.structured.extra?.checks;
  const content = checks ? checks.map((c) => `${c.query};`).join('\n') : 'I have read it and I am ready.';
  const submitted = await call(client, 'submit', { task_id: id, content, submission_type: checks ? 'sql' : 'text' });
  steps.push({ task_id: id, sql: Boolean(checks), ...submitted });
  if (submitted.thrown || submitted.is_error || !submitted.structured?.validation?.passed) break;
}
const calls = [];
for (const c of file ? JSON.parse(readFileSync(file, 'utf8')) : []) calls.push(await call(client, c.tool, c.arguments ?? {}));
await finish(client, { tools: tools.map((t) => t.name), steps, calls });
