// P6 of scripts/bench-pages.sh: loads each page in a fresh Chromium context (nothing cached, as a first visit) and
// sums the bytes received as Chromium received them (compressed bodies, the page and its CSS/JS/images/fonts) and
// counts requests to any host other than the site's. Prints one tab-separated line per page and a TOTAL line with
// the largest page's KB, the most requests and the third-party requests summed over all pages.
// Usage: node scripts/bench-transfer.js http://127.0.0.1:5000 / /consultations/x ...
// Needs playwright-core (NODE_PATH, or /tmp/pw/node_modules) and Debian's chromium; never downloads a browser.
const path = require('path');
let playwright;
for (const where of [undefined, '/tmp/pw/node_modules']) {
  try { playwright = require(where ? path.join(where, 'playwright-core') : 'playwright-core'); break; } catch { /* next */ }
}
if (!playwright) { console.error('playwright-core not found: set NODE_PATH to a node_modules that has it'); process.exit(69); }

(async () => {
  const [base, ...pages] = process.argv.slice(2);
  const site = new URL(base).host;
  const browser = await playwright.chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  let maxKb = 0, maxRequests = 0, thirdParty = 0;
  for (const p of pages) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0, requests = 0, others = 0;
    // encodedDataLength: bytes on the wire (headers and the body as compressed by the server).
    cdp.on('Network.loadingFinished', e => { bytes += e.encodedDataLength; });
    page.on('request', r => { requests++; if (!r.url().startsWith('data:') && new URL(r.url()).host !== site) others++; });
    const response = await page.goto(base + p, { waitUntil: 'networkidle' });
    const kb = bytes / 1024;
    console.log(`${p}\t${kb.toFixed(1)} KB\t${requests} requests\t${others} to other hosts\tHTTP ${response.status()}`);
    maxKb = Math.max(maxKb, kb); maxRequests = Math.max(maxRequests, requests); thirdParty += others;
    await context.close();
  }
  console.log(`TOTAL\t${maxKb.toFixed(1)}\t${maxRequests}\t${thirdParty}`);
  await browser.close();
})().catch(e => { console.error(e); process.exit(1); });
