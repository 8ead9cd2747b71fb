// Starting the measured servers, each in its own process pinned to the second core (where the machine has two), so
// that they never compete with the load generator, which run.ts pins to the first.
import { type ChildProcess, execFileSync, spawn } from "node:child_process";
import os from "node:os";

export const twoCores = os.availableParallelism() >= 2;

/** Pins this process (the load generator) to core 0. */
export function pinLoadGenerator() {
  if (twoCores) execFileSync("taskset", ["-cp", "0", String(process.pid)], { stdio: "ignore" });
}

// Every server started here stops when the benchmark exits, also when it fails half-way.
const started = new Set<ChildProcess>();
process.once("exit", () => {
  for (const child of started) child.kill("SIGKILL"); // nothing to drain: these only answer the benchmark
});

/**
 * Starts `script` and resolves with its port once it prints it (`"port":N` or `localhost:N`), and with every other
 * `"name":N` number on the same output (`ports.staticPort`).
 */
export function startServer(script: string, args: string[], env: NodeJS.ProcessEnv = {}) {
  const command = twoCores ? "taskset" : process.execPath;
  const argv = twoCores ? ["-c", "1", process.execPath, script, ...args] : [script, ...args];
  const child = spawn(command, argv, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "inherit"] });
  started.add(child);
  child.once("exit", () => started.delete(child));
  return new Promise<{ child: ChildProcess; port: number; ports: Record<string, number> }>((resolve, reject) => {
    let output = "";
    const listen = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /"port":(\d+)|localhost:(\d+)/.exec(output);
      if (!match) return;
      const ports = Object.fromEntries([...output.matchAll(/"(\w+)":(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
      // From here on the output (a log line per request) is drained unread: kept and searched, it grew for the whole
      // run and each chunk was matched against all of it, in the load generator's process, slowing the load itself.
      child.stdout!.off("data", listen);
      child.stdout!.resume();
      output = "";
      resolve({ child, port: Number(match[1] ?? match[2]), ports });
    };
    child.stdout!.on("data", listen);
    child.once("exit", (code) => reject(new Error(`${script} exited (${code}) before listening: ${output}`)));
  });
}

/** A process's resident memory in MiB (Linux). */
export function rssMiB(pid: number | undefined): number {
  if (!pid) return NaN;
  const status = execFileSync("cat", [`/proc/${pid}/status`]).toString();
  return Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024);
}
