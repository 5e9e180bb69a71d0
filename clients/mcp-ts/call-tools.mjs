// Calls the tools listed in a JSON file, in order, over one stdio connection, and prints
// {tools: [names], calls: [result of lib/client.mjs call()]}.
//   node call-tools.mjs CALLS.json -- ltt mcp --learner ada
// CALLS.json: [{"tool": "show_task", "arguments": {"task_id": "..."}}, ...]
import { readFileSync } from 'node:fs';
import { call, connect, finish } from './lib/client.mjs';

const file = process.argv[2];
if (!file || file === '--') throw new Error('usage: node call-tools.mjs CALLS.json -- SERVER_COMMAND [ARGS...]');
const calls = JSON.parse(readFileSync(file, 'utf8'));
const { client, tools } = await connect();
const results = [];
for (const c of calls) results.push(await call(client, c.tool, c.arguments ?? {}));
await finish(client, { tools: tools.map((t) => t.name), calls: results });
