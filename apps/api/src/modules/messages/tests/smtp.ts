// A real SMTP server for tests (the smtp-server package), on a free loopback port: it records every message it
// accepts, and can refuse recipients with a temporary (451) or permanent (550) reply, like a busy or strict server.
import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  /** The message as sent, with quoted-printable soft breaks and escapes undone (enough for these assertions). */
  raw: string;
}

export async function startSmtpServer(options: { delayMs?: number } = {}) {
  const received: ReceivedMail[] = [];
  const refusals: number[] = [];
  let attempts = 0;
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onRcptTo(_address, _session, callback) {
      attempts++;
      const code = refusals.shift();
      if (code) {
        const error = Object.assign(new Error(code >= 500 ? "No such mailbox" : "Mailbox busy, try again later"), {
          responseCode: code,
        });
        callback(error);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("end", () => {
        setTimeout(() => {
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: decodeQuotedPrintable(Buffer.concat(chunks).toString("latin1")),
          });
          callback();
        }, options.delayMs ?? 0);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Recipients tried (accepted or not). */
    attempts: () => attempts,
    /** The next recipients are refused with these reply codes, one each. */
    refuseNext: (...codes: number[]) => refusals.push(...codes),
    /** Forgets what was received and the refusals not used yet. */
    reset: () => {
      received.length = 0;
      refusals.length = 0;
    },
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function decodeQuotedPrintable(text: string): string {
  const bytes = Buffer.from(
    text.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16))),
    "latin1",
  );
  return bytes.toString("utf8");
}
