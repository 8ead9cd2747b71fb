// Port settings shared by `npm start`, `npm run dev` and `npm run serve` (kept apart from the seed, which
// production never loads).
/** Fails early, with one line, when a port is taken, instead of a stack trace from a child process. */
export async function assertPortFree(port: number, variable: string) {
  const { createServer } = await import("node:net");
  await new Promise<void>((resolve, reject) => {
    const probe = createServer();
    probe.once("error", () =>
      reject(new Error(`Port ${port} is already in use: stop the other process or set ${variable} to a free port.`)),
    );
    probe.listen(port, () => probe.close(() => resolve()));
  });
}

export function readPort(variable: string, fallback: number): number {
  const raw = process.env[variable];
  if (raw === undefined || raw === "") return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new Error(`${variable}="${raw}" is not a port number (1-65535).`);
  }
  return port;
}
