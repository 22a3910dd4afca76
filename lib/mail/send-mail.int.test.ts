import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { setupTestDatabase } from "@/tests/db";
import { isOutboxEnabled, listOutboxMessages } from "./outbox";
import { sendMail } from "./send-mail";

const database = setupTestDatabase();
const from = "Evne <no-reply@evne.local>";

/** Just enough of an SMTP server to accept one message at a time and keep what it received. */
function fakeSmtpServer() {
  const received: string[] = [];
  const server = net.createServer((socket) => {
    let buffer = "";
    let inData = false;
    socket.write("220 fake ESMTP\r\n");
    socket.on("data", (chunk) => {
      buffer += chunk.toString("utf8");
      for (;;) {
        if (inData) {
          const end = buffer.indexOf("\r\n.\r\n");
          if (end === -1) return;
          received.push(buffer.slice(0, end));
          buffer = buffer.slice(end + 5);
          inData = false;
          socket.write("250 2.0.0 queued\r\n");
          continue;
        }
        const lineEnd = buffer.indexOf("\r\n");
        if (lineEnd === -1) return;
        const line = buffer.slice(0, lineEnd).toUpperCase();
        buffer = buffer.slice(lineEnd + 2);
        if (line.startsWith("EHLO")) socket.write("250-fake\r\n250 8BITMIME\r\n");
        else if (line.startsWith("DATA")) {
          inData = true;
          socket.write("354 go ahead\r\n");
        } else if (line.startsWith("QUIT")) socket.end("221 bye\r\n");
        else socket.write("250 OK\r\n");
      }
    });
  });
  return { server, received };
}

describe("sendMail", () => {
  it("writes the message to the outbox when no SMTP server is configured", async () => {
    expect(isOutboxEnabled({ SMTP_URL: undefined })).toBe(true);
    const sent = await sendMail(
      {
        to: "Kari <kari@firma.no>",
        subject: "Hei på deg",
        text: "Lenke: http://localhost:3000/x",
        html: "<p>Hei</p>",
      },
      { env: { SMTP_URL: undefined, MAIL_FROM: from } },
    );
    expect(sent.delivery).toBe("outbox");
    const [newest] = await listOutboxMessages({ limit: 1 });
    expect(newest).toMatchObject({
      to: "kari@firma.no",
      subject: "Hei på deg",
      text: "Lenke: http://localhost:3000/x",
    });
    expect(await database.owner.outboxMessage.findFirst({ where: { id: newest?.id } })).toMatchObject({
      html: "<p>Hei</p>",
    });
  });

  it("lists the outbox newest first", async () => {
    for (const subject of ["first", "second"]) {
      await sendMail(
        { to: "order@firma.no", subject, text: subject },
        { env: { SMTP_URL: undefined, MAIL_FROM: from } },
      );
    }
    const messages = await listOutboxMessages();
    expect(
      messages.filter((message) => message.to === "order@firma.no").map((message) => message.subject),
    ).toEqual(["second", "first"]);
  });

  describe("with SMTP_URL", () => {
    const smtp = fakeSmtpServer();
    let url = "";
    beforeAll(async () => {
      await new Promise<void>((resolve) => smtp.server.listen(0, "127.0.0.1", resolve));
      url = `smtp://127.0.0.1:${(smtp.server.address() as net.AddressInfo).port}`;
    });
    afterAll(() => new Promise<void>((resolve) => smtp.server.close(() => resolve())));

    it("delivers through the mail server and keeps nothing in the outbox", async () => {
      expect(isOutboxEnabled({ SMTP_URL: url })).toBe(false);
      const before = await database.owner.outboxMessage.count();
      const sent = await sendMail(
        { to: "per@firma.no", subject: "Logg inn på Evne", text: "Hei Per" },
        { env: { SMTP_URL: url, MAIL_FROM: from } },
      );
      expect(sent.delivery).toBe("smtp");
      expect(smtp.received).toHaveLength(1);
      expect(smtp.received[0]).toMatch(/^To: per@firma\.no$/m);
      expect(smtp.received[0]).toMatch(/^From: Evne <no-reply@evne\.local>$/m);
      expect(smtp.received[0]).toMatch(/^Subject: =\?UTF-8\?Q\?Logg_inn_p=C3=A5_Evne\?=$/m);
      expect(await database.owner.outboxMessage.count()).toBe(before);
    });
  });
});
