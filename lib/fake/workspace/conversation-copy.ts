/**
 * What people say in the fake's conversations: per-topic customer messages, teammate replies,
 * internal notes and Fin answers, as Intercom-style HTML. `{first}` is the customer's first name.
 */

export interface Topic {
  key: string;
  subject: string;
  opening: string;
  followUps: string[];
  replies: string[];
  notes: string[];
  fin: string;
}

const HELP = "https://help.northwind.example/en/articles";
const CDN = "https://downloads.intercomcdn.com/i/o/northwind";

export const TOPICS: Topic[] = [
  {
    key: "billing",
    subject: "Charged twice this month",
    opening: "<p>Hi, I was charged twice for our March invoice. Can you check what happened?</p>",
    followUps: ["<p>The second charge is on the card ending 4242, same amount.</p>", "<p>Any update on this? Our finance team is asking.</p>", "<p>Thanks, I can see the refund as pending now.</p>"],
    replies: [
      "<p>Hi {first}, sorry about that! I can see two payments on your account. I've asked our billing team to refund the duplicate.</p>",
      `<p>The refund usually takes <strong>5–10 business days</strong> to reach your card. More about refunds: <a href="${HELP}/4012-refunds">How refunds work</a>.</p>`,
      "<p>I've attached the corrected invoice for your records.</p>",
    ],
    notes: ["<p>Duplicate charge from the retry bug on the 3rd. Stripe refund issued, ref re_3Nq…</p>", "<p>@Kwame can you confirm the refund went through?</p>"],
    fin: `<p>I can help with billing questions. Duplicate charges are usually refunded automatically within 7 days. <a href="${HELP}/4012-refunds">Refunds and duplicate charges</a></p>`,
  },
  {
    key: "login",
    subject: "Locked out after changing phone",
    opening: "<p>I got a new phone and now the two-factor code never works. I can't log in at all.</p>",
    followUps: ["<p>I still have my backup email but not the old phone.</p>", "<p>Done, I sent the ID photo.</p>", "<p>I'm in, thank you so much!</p>"],
    replies: [
      "<p>Hi {first}, no problem, we'll get you back in. To protect your account I need to verify your identity first.</p>",
      "<p>Could you reply with:</p><ul><li>the email on the account</li><li>the last four digits of the card we bill</li><li>roughly when you last logged in</li></ul>",
      "<p>Thanks! I've reset your two-factor settings. You'll be asked to set it up again at your next login.</p>",
    ],
    notes: ["<p>Identity verified against billing details. 2FA reset.</p>", "<p>Third 2FA lockout this week from this company — maybe suggest SSO to their admin?</p>"],
    fin: `<p>If you lost access to your two-factor device, you can use one of your backup codes. <a href="${HELP}/2201-two-factor-recovery">Recover two-factor access</a></p>`,
  },
  {
    key: "export",
    subject: "CSV export is missing rows",
    opening: "<p>Our CSV export from the Reports page only has 10,000 rows, but the dashboard says we have 14,212 orders.</p>",
    followUps: ["<p>Here's the file I downloaded.</p>", "<p>Same result in Firefox.</p>", "<p>The scheduled export worked, thanks.</p>"],
    replies: [
      "<p>Hi {first}, thanks for the details. The on-page export is capped at 10,000 rows.</p>",
      `<p>For larger exports, use <em>Scheduled exports</em>:</p><ol><li>Open <strong>Reports → Exports</strong></li><li>Choose <em>All rows</em></li><li>We email you a link when it's ready</li></ol><p>Guide: <a href="${HELP}/3310-scheduled-exports">Scheduled exports</a></p>`,
      `<p>Here's where to find it:</p><p><img src="${CDN}/exports-menu.png" alt="Exports menu"></p>`,
    ],
    notes: ["<p>Known limit, ENG-4412 tracks raising it.</p>", "<p>Customer is on Enterprise, they should not hit the cap — checking with eng.</p>"],
    fin: `<p>The Reports page exports up to 10,000 rows at a time. For more, schedule an export. <a href="${HELP}/3310-scheduled-exports">Scheduled exports</a></p>`,
  },
  {
    key: "integration",
    subject: "Slack integration stopped posting",
    opening: "<p>Since yesterday our Slack channel doesn't get any new order alerts. Nothing changed on our side.</p>",
    followUps: ["<p>We reconnected it but still nothing.</p>", "<p>It's the #orders channel, workspace northwind-customers.</p>", "<p>Alerts are coming through again 🎉</p>"],
    replies: [
      "<p>Hi {first}, thanks for flagging. Slack revoked some tokens after their API change this week.</p>",
      "<p>Could you disconnect and reconnect the integration from <strong>Settings → Integrations → Slack</strong>? Make sure you pick the channel again.</p>",
      "<p>I can see the new token on our side now. Let me know if the next alert arrives.</p>",
    ],
    notes: ["<p>Slack token revoked (invalid_auth in logs).</p>", "<p>Linked to incident INC-2291.</p>"],
    fin: `<p>If alerts stopped, reconnecting the Slack app usually fixes it. <a href="${HELP}/5120-slack">Connect Slack</a></p>`,
  },
  {
    key: "onboarding",
    subject: "Importing our product catalogue",
    opening: "<p>We're new to Northwind and want to import about 3,000 products from Shopify. What's the best way?</p>",
    followUps: ["<p>Do variants come across as separate products?</p>", "<p>The import finished, but images are missing on a few.</p>", "<p>Great, that did it.</p>"],
    replies: [
      `<p>Welcome aboard, {first}! The Shopify importer brings over products, variants and images. <a href="${HELP}/1002-import-shopify">Import from Shopify</a></p>`,
      "<p>Variants stay grouped under their product. Images over 20 MB are skipped; you can re-run the import for just those.</p>",
      '<p>Happy to set up a 20-minute onboarding call if useful — here\'s my calendar: <a href="https://cal.northwind.example/onboarding">book a slot</a>.</p>',
    ],
    notes: ["<p>Trial account, 3k SKUs — good fit for Growth plan.</p>", "<p>Sent onboarding deck.</p>"],
    fin: `<p>You can import products from Shopify, WooCommerce or a CSV file. <a href="${HELP}/1002-import-shopify">Import from Shopify</a></p>`,
  },
  {
    key: "bug",
    subject: "Dashboard chart shows the wrong week",
    opening: "<p>The weekly revenue chart starts on Sunday even though our workspace is set to Monday.</p>",
    followUps: ["<p>Our timezone is Europe/Berlin.</p>", "<p>It also happens in the PDF report.</p>", "<p>Confirmed fixed on our side, thanks.</p>"],
    replies: [
      "<p>Hi {first}, thanks for the report — I can reproduce it. I've raised it with our engineers.</p>",
      "<p>Quick update: a fix is in review and should ship this week. I'll update you here.</p>",
      "<p>The fix is live. A hard refresh (<code>Ctrl+Shift+R</code>) should show the right weeks.</p>",
    ],
    notes: ["<p>Repro'd on staging: week start ignored when timezone is not UTC. Filed ENG-4520.</p>", "<p>Fix merged, deploy tonight.</p>"],
    fin: `<p>Week start follows your workspace settings. <a href="${HELP}/2290-week-start">Change the first day of the week</a></p>`,
  },
  {
    key: "mobile",
    subject: "iOS app crashes on launch",
    opening: "<p>The iPhone app closes immediately after the splash screen since the last update.</p>",
    followUps: ["<p>iPhone 13, iOS 17.4.</p>", "<p>Reinstalling didn't help.</p>", "<p>The new version works!</p>"],
    replies: [
      "<p>Hi {first}, sorry about that. Which iOS version are you on?</p>",
      "<p>Thanks — we found a crash affecting iOS 17.4 and version 5.2.0 is on its way to the App Store.</p>",
      "<p>5.2.1 is live in the App Store now; please update and let me know.</p>",
    ],
    notes: ["<p>Crashlytics shows a spike for 5.2.0 on iOS 17.4.</p>"],
    fin: `<p>Try updating to the latest version from the App Store. <a href="${HELP}/6001-ios-app">Troubleshoot the iOS app</a></p>`,
  },
  {
    key: "plan",
    subject: "Question about upgrading to Enterprise",
    opening: "<p>We're growing fast and may need SSO and audit logs. What does Enterprise include?</p>",
    followUps: ["<p>Do you offer annual invoicing?</p>", "<p>Can we trial SAML before committing?</p>", "<p>Sounds good, let's set up a call.</p>"],
    replies: [
      "<p>Hi {first}, great to hear! Enterprise adds SAML SSO, audit logs, a 99.9% SLA and a named CSM.</p>",
      "<p>Yes, annual invoicing with 30-day payment terms is available on Enterprise.</p>",
      "<p>I've looped in our account team; they'll reach out to schedule a call.</p>",
    ],
    notes: ["<p>Expansion opportunity, ~120 seats. Handing to sales.</p>"],
    fin: `<p>Enterprise includes SSO, audit logs and priority support. <a href="https://northwind.example/pricing">See plans</a></p>`,
  },
];

export const CUSTOMER_SMALL_TALK = ["<p>Thanks!</p>", "<p>Ok, let me try that.</p>", "<p>Still seeing it, unfortunately.</p>", "<p>Any news?</p>", "<p>Perfect 👍</p>"];

export const TEAMMATE_SMALL_TALK = [
  "<p>Thanks {first}, checking now.</p>",
  "<p>Just following up — did that help?</p>",
  "<p>I'll keep this open until you confirm.</p>",
  "<p>Let me know if anything else comes up!</p>",
];

export const CLOSING_LINES = ["<p>Glad we could help — closing this for now. Just reply if you need anything else.</p>", "<p>Closing this one; reply any time to reopen.</p>"];

export const ASSIGNMENT_NOTES = ["<p>Taking this one.</p>", "<p>Passing to billing — they own refunds.</p>", "<p>Escalating: needs an engineer.</p>"];

export const RATING_REMARKS: Record<number, string[]> = {
  5: ["Super quick and friendly, thank you!", "Solved in minutes.", "Great support as always."],
  4: ["Helpful, took a bit long.", "Good answer."],
  3: ["It's fixed but I had to ask twice."],
  2: ["Slow response and I had to repeat myself."],
  1: ["Still not fixed after a week.", "Nobody answered for two days."],
};

/** Attachments customers and teammates send. */
export const ATTACHMENTS = [
  { name: "screenshot.png", content_type: "image/png", filesize: 248_112, width: 1440, height: 900 },
  { name: "invoice-2024-03.pdf", content_type: "application/pdf", filesize: 84_301 },
  { name: "orders-export.csv", content_type: "text/csv", filesize: 1_203_554 },
  { name: "console-log.txt", content_type: "text/plain", filesize: 6_210 },
  { name: "screen-recording.mp4", content_type: "video/mp4", filesize: 14_220_480 },
] as const;

/**
 * Payloads a hostile or broken email could carry. Each would set `window.__lensXss` (or open a
 * dialog, or fetch a tracking pixel) if Lens rendered it unsafely.
 */
export const HOSTILE_BODIES = [
  "<p>Hi, see the details below.</p><script>window.__lensXss = 1</script>",
  '<p>Screenshot of the error: <img src=x onerror="window.__lensXss=1;alert(1)"></p>',
  '<p><a href="javascript:window.__lensXss=1">Open my invoice</a> or <a href="JaVaScRiPt:window.__lensXss=1">this one</a> or <a href="&#106;avascript:window.__lensXss=1">this</a></p>',
  '<svg onload="window.__lensXss=1"><circle r="4"></circle></svg><p>Our logo is above.</p>',
  '<p>Unclosed <b>bold <i>italic <a href="https://example.com/help">a link</p></div><table><tr><td>cell<td>another',
  '<p>Newsletter footer <img src="http://127.0.0.1:4666/pixel.gif" width="1" height="1" alt=""></p>',
  '<iframe src="javascript:window.__lensXss=1"></iframe><details open ontoggle="window.__lensXss=1"><summary>More</summary></details>',
  '<math><mtext><table><mglyph><style><img src=x onerror="window.__lensXss=1"></style></mglyph></table></mtext></math>',
  '<form action="javascript:window.__lensXss=1"><button type="submit">Confirm</button></form><div style="background:url(http://127.0.0.1:4666/bg.gif)">styled</div>',
  '<object data="javascript:window.__lensXss=1"></object><embed src="javascript:window.__lensXss=1"><meta http-equiv="refresh" content="0;url=javascript:window.__lensXss=1">',
  // A poster is an image the browser fetches on its own: https, so the CSP's img-src would let it through.
  '<p>Recording of the bug:</p><video poster="https://127.0.0.1:4666/poster.gif" src="https://127.0.0.1:4666/clip.mp4"></video>',
  // The page's own utility classes would stretch this link over the whole window.
  '<a class="fixed inset-0 z-50 bg-white" href="https://127.0.0.1:4666/login">Your Lens session expired: sign in again</a>',
  // Harmless in the page; in a Markdown transcript the href would close its link and open a javascript: one, and the text would become HTML.
  '<p>Read <a href="https://ok.example/a) [x](javascript:window.__lensXss=1)">the guide</a>, then &lt;img src=x onerror=window.__lensXss=1&gt; shows up.</p>',
] as const;

export const HOSTILE_SUBJECT = '<img src=x onerror="window.__lensXss=1"> Urgent: invoice';
export const HOSTILE_ATTACHMENT = {
  name: '"><img src=x onerror=window.__lensXss=1>.png',
  content_type: "image/png",
  filesize: 1_024,
  url: "javascript:window.__lensXss=1",
};
