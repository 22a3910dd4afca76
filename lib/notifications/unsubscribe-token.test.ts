import { describe, expect, it } from "vitest";
import { readUnsubscribeToken, unsubscribeToken } from "./unsubscribe-token";

const secret = "a-test-secret-that-is-long-enough-for-next-auth";
const subject = { userId: "0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", kind: "dueReminder" as const };

describe("unsubscribe tokens", () => {
  it("say who and which kind of mail, and nothing else", () => {
    expect(readUnsubscribeToken(unsubscribeToken(subject, secret), secret)).toEqual(subject);
  });

  it("refuse an altered token, another key, another kind and garbage", () => {
    const token = unsubscribeToken(subject, secret);
    const [body, signed] = token.split(".");
    const otherKind = Buffer.from(`${subject.userId}.digest`).toString("base64url");
    expect(readUnsubscribeToken(`${otherKind}.${signed}`, secret)).toBeNull();
    expect(readUnsubscribeToken(token, `${secret}-rotated`)).toBeNull();
    expect(readUnsubscribeToken(`${body}.${signed}x`, secret)).toBeNull();
    expect(readUnsubscribeToken(`${body}`, secret)).toBeNull();
    expect(readUnsubscribeToken("", secret)).toBeNull();
    const unknownKind = Buffer.from(`${subject.userId}.marketing`).toString("base64url");
    const forged = unsubscribeToken({ ...subject, kind: "digest" }, secret).split(".")[1];
    expect(readUnsubscribeToken(`${unknownKind}.${forged}`, secret)).toBeNull();
  });
});
