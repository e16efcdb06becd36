// Runs the real entry points (npm start's src/main.ts, the CLI) as child processes.
import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';

const tsx = ['--import', 'tsx'];

export function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...tsx, 'src/cli.ts', ...args], { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export interface RunningServer {
  child: ChildProcess;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Starts src/main.ts and resolves once it answers /health/live. */
export async function startServerProcess(env: NodeJS.ProcessEnv, port: number): Promise<RunningServer> {
  const child = spawn(process.execPath, [...tsx, 'src/main.ts'], { env: { ...process.env, ...env, PORT: String(port) } });
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  // A first PGlite start (initdb) takes seconds, and many more on a busy machine: wait up to 60 s.
  const deadline = Date.now() + 60_000;
  for (;;) {
    const ok = await fetch(`http://127.0.0.1:${port}/health/live`).then(
      (r) => r.ok,
      () => false,
    );
    if (ok) break;
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output}`);
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`server did not answer /health/live within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    child,
    output: () => output,
    stop: async () => {
      child.kill('SIGTERM');
      return exited;
    },
  };
}

/** Creates a tenant and an API key with the CLI (as a user would) and returns the key, its last line. */
export async function createKeyWithCli(env: NodeJS.ProcessEnv, tenant: string, scope: 'read' | 'write' | 'sync' = 'write'): Promise<string> {
  const created = await runCli(['apikey', 'create', '--tenant', tenant, '--scope', scope], env);
  if (created.code !== 0) throw new Error(`apikey create exited ${created.code}:\n${created.stderr}`);
  return created.stdout.trim().split('\n').at(-1)!;
}
