// Connects the official TypeScript MCP SDK client to an MCP server started as a child process (stdio), and
// turns each tool call into plain JSON a test can assert on. The server's command line is everything after
// "--" on this script's command line.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

/** The server command after "--" in argv: {command, args}. */
export function serverCommand(argv = process.argv) {
  const at = argv.indexOf('--');
  if (at < 0 || at + 1 >= argv.length) {
    throw new Error('usage: node SCRIPT [options] -- SERVER_COMMAND [ARGS...]');
  }
  return { command: argv[at + 1], args: argv.slice(at + 2) };
}

/**
 * Starts the server and initializes the client, then lists the tools: the SDK checks every later
 * structured result against the output schema it learnt from that list, as agent hosts built on it do.
 */
export async function connect(argv = process.argv) {
  const { command, args } = serverCommand(argv);
  const transport = new StdioClientTransport({ command, args, stderr: 'inherit' });
  const client = new Client({ name: 'ltt-ts-test', version: '1.0.0' });
  await client.connect(transport);
  const { tools } = await client.listTools();
  return { client, tools };
}

/**
 * One tool call as JSON: {tool, is_error, code, text, structured, thrown}. `code` is the error code of an
 * error result (the first word of its text, also in _meta["dev.ltt/error"]); `thrown` is set when the SDK
 * itself threw instead of returning a result (the failure these tests exist to catch).
 */
export async function call(client, tool, args = {}) {
  try {
    const result = await client.callTool({ name: tool, arguments: args }, undefined, { timeout: 120000 });
    const text = (result.content ?? []).filter((c) => c.type === 'text').map((c) => c.text).join('');
    const meta = result._meta?.['dev.ltt/error'];
    const isError = result.isError === true;
    return {
      tool,
      is_error: isError,
      code: isError ? (meta?.code ?? text.split(':')[0]) : null,
      text_code: isError ? text.split(':')[0] : null,
      error: isError ? (meta ?? null) : null,
      text,
      structured: result.structuredContent ?? null,
      thrown: null,
    };
  } catch (e) {
    return { tool, is_error: null, code: null, text_code: null, error: null, text: null, structured: null,
      thrown: String(e?.message ?? e) };
  }
}

/** Prints the answer as one JSON document on stdout and closes the client (which stops the server). */
export async function finish(client, answer) {
  process.stdout.write(JSON.stringify(answer) + '\n');
  await client.close();
}
