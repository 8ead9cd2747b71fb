// A real SMTP server for tests (the smtp-server package), on a free loopback port: it records every message it
// accepts, and can refuse recipients with a temporary (451) or permanent (550) reply, like a busy or strict server.
// The web app's browser tests use it too (`@desa-migran/api/testing/smtp`), to read the e-mail a person would get.
import type { AddressInfo } from "node:net";

import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  to: string[];
  /** The message as sent, with quoted-printable soft breaks and escapes undone (enough for these assertions). */
  raw: string;
  /** The Subject header, decoded. */
  subject: string;
  /** The plain-text part (or the whole body of a single-part text message), decoded. */
  text: string;
  /** The HTML part, decoded, when the message has one. */
  html: string | null;
}

export type SmtpTestServer = Awaited<ReturnType<typeof startSmtpServer>>;

export async function startSmtpServer(options: { delayMs?: number } = {}) {
  const received: ReceivedMail[] = [];
  const refusals: number[] = [];
  const waiting = new Set<() => void>();
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
          const source = Buffer.concat(chunks).toString("latin1");
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            raw: decodeQuotedPrintable(source),
            ...parseMail(source),
          });
          for (const wake of waiting) wake();
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
    /**
     * The first mail received (already or within `timeoutMs`) to `to` whose subject matches `subject`: a real API's
     * outbox worker sends on its own schedule, so a test waits for the mail as a person would.
     */
    waitForMail(to: string, subject: RegExp | string = /./, timeoutMs = 20_000): Promise<ReceivedMail> {
      const matches = (mail: ReceivedMail) =>
        mail.to.includes(to) && (typeof subject === "string" ? mail.subject === subject : subject.test(mail.subject));
      return new Promise((resolve, reject) => {
        const check = () => {
          const mail = received.find(matches);
          if (!mail) return;
          clearTimeout(timer);
          waiting.delete(check);
          resolve(mail);
        };
        const timer = setTimeout(() => {
          waiting.delete(check);
          const got = received.map((m) => `${m.to.join(",")}: ${m.subject}`).join("; ") || "nothing";
          reject(new Error(`No mail to ${to} with subject ${String(subject)} within ${timeoutMs} ms (got ${got})`));
        }, timeoutMs);
        waiting.add(check);
        check();
      });
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

/**
 * Enough MIME for what nodemailer sends (mailparser is not installed): headers, a single text part or a
 * multipart/alternative of text and HTML, quoted-printable or base64, UTF-8, and RFC 2047 encoded subjects.
 * `source` holds the bytes as latin1 characters.
 */
function parseMail(source: string): Pick<ReceivedMail, "subject" | "text" | "html"> {
  const found = { text: null as string | null, html: null as string | null };
  const { headers } = splitEntity(source);
  collectParts(source, found);
  return { subject: decodeEncodedWords(headers.get("subject") ?? ""), text: found.text ?? "", html: found.html };
}

function splitEntity(entity: string) {
  const end = entity.search(/\r?\n\r?\n/);
  const head = end === -1 ? entity : entity.slice(0, end);
  const body = end === -1 ? "" : entity.slice(end).replace(/^\r?\n\r?\n/, "");
  const headers = new Map<string, string>();
  for (const line of head.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return { headers, body };
}

function collectParts(entity: string, found: { text: string | null; html: string | null }) {
  const { headers, body } = splitEntity(entity);
  const type = headers.get("content-type") ?? "text/plain";
  const boundary = /boundary="?([^";]+)"?/i.exec(type)?.[1];
  if (/^multipart\//i.test(type) && boundary) {
    const parts = body.split(`--${boundary}`).slice(1);
    for (const part of parts) {
      if (part.startsWith("--")) break; // the closing delimiter
      collectParts(part.replace(/^\r?\n/, ""), found);
    }
    return;
  }
  const encoding = (headers.get("content-transfer-encoding") ?? "7bit").toLowerCase();
  const bytes =
    encoding === "base64"
      ? Buffer.from(body.replace(/\s+/g, ""), "base64")
      : Buffer.from(
          encoding === "quoted-printable"
            ? body
                .replace(/=\r?\n/g, "")
                .replace(/=([0-9A-Fa-f]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)))
            : body,
          "latin1",
        );
  const text = bytes.toString("utf8").replace(/\r\n/g, "\n").replace(/\n$/, "");
  if (/^text\/html/i.test(type)) found.html ??= text;
  else if (/^text\//i.test(type)) found.text ??= text;
}

/** `=?UTF-8?Q?...?=` and `=?UTF-8?B?...?=` words, as nodemailer writes a subject that is not plain ASCII. */
function decodeEncodedWords(value: string): string {
  return value
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=/g, (_m, _charset: string, kind: string, data: string) =>
      kind.toUpperCase() === "B"
        ? Buffer.from(data, "base64").toString("utf8")
        : Buffer.from(
            data
              .replace(/_/g, " ")
              .replace(/=([0-9A-Fa-f]{2})/g, (_h, hex: string) => String.fromCharCode(parseInt(hex, 16))),
            "latin1",
          ).toString("utf8"),
    );
}
