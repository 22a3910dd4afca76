// A real mail server for integration tests: npm smtp-server on a local port, every message parsed
// with mailparser into `received`. `refuse` makes it answer 550 for one address, as a server does
// for a mailbox that does not exist.
import { simpleParser, type ParsedMail } from "mailparser";
import { SMTPServer } from "smtp-server";

export type TestMailServer = {
  port: number;
  received: ParsedMail[];
  close(): Promise<void>;
};

export async function startTestMailServer(
  options: { port?: number; refuse?: string } = {},
): Promise<TestMailServer> {
  const received: ParsedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onRcptTo(address, _session, callback) {
      if (address.address === options.refuse) {
        callback(Object.assign(new Error("5.1.1 No such mailbox"), { responseCode: 550 }));
        return;
      }
      callback();
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => received.push(mail))
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  return {
    port: (server.server.address() as { port: number }).port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The addresses a parsed mail was sent to. */
export function recipientsOf(mail: ParsedMail): string[] {
  return [mail.to]
    .flat()
    .flatMap((to) => to?.value ?? [])
    .flatMap((address) => (address.address ? [address.address] : []));
}
