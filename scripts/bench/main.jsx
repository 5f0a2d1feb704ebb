// One measurement per page load, chosen by ?case=…; scripts/bench.mjs runs each many times. Each measures
// work, not frame scheduling: from asking React to render to the DOM change it waits for, seen by a
// MutationObserver, or a keystroke's whole synchronous update inside flushSync.
import { useState } from 'react';
import { createRoot } from 'react-dom/client';
import { flushSync } from 'react-dom';
import { QRCodeSVG } from 'qrcode.react';
import { TotpSetup } from '../../src/index.js';
import { createMemoryAdapter } from '../../src/adapters/memory/index.js';
import '../../src/styles/index.css';

const secretCode = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
const uri = `otpauth://totp/Acme:ana?secret=${secretCode}&issuer=Acme`;
const which = new URLSearchParams(location.search).get('case');
const container = () => document.getElementById('root');

function BareInput() {
  const [value, setValue] = useState('');
  return <input aria-label="code" value={value} onChange={(e) => setValue(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))} />;
}

/** Milliseconds from asking React to render to the moment the QR code's last path is in the DOM. */
function mountToQr(element) {
  return new Promise((resolve) => {
    let start = 0;
    const observer = new MutationObserver(() => {
      // The QR is complete when its drawing path (the second, after the background) is there.
      if (!container().querySelector('svg path:nth-of-type(2)')) return;
      observer.disconnect();
      resolve(performance.now() - start);
    });
    observer.observe(container(), { childList: true, subtree: true, attributes: true });
    start = performance.now();
    createRoot(container()).render(element);
  });
}

/** Mean milliseconds of a keystroke's synchronous update (the input event and every render it causes). */
function perKeystroke(field) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const values = ['1', '12', '123', '1234', '12345', '1234', '123', '12', '1', ''];
  let total = 0;
  let count = 0;
  for (let round = 0; round < 20; round += 1) {
    for (const value of values) {
      const start = performance.now();
      flushSync(() => {
        setValue.call(field, value);
        field.dispatchEvent(new Event('input', { bubbles: true }));
      });
      total += performance.now() - start;
      count += 1;
    }
  }
  return total / count;
}

const until = async (test) => { while (!test()) await new Promise((r) => setTimeout(r, 5)); };

async function run() {
  const adapter = createMemoryAdapter({ secretCode });
  switch (which) {
    case 'wizard-mount':
      return mountToQr(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" autoSubmit={false} />);
    case 'bare-qr-mount':
      return mountToQr(<QRCodeSVG value={uri} size={176} marginSize={4} />);
    case 'wizard-keystroke': {
      createRoot(container()).render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" autoSubmit={false} />);
      // The field itself: while the key loads, a placeholder box of the same part holds its place.
      await until(() => document.querySelector('input[data-part="code-input"]'));
      return perKeystroke(document.querySelector('input[data-part="code-input"]'));
    }
    case 'bare-input-keystroke': {
      flushSync(() => createRoot(container()).render(<BareInput />));
      return perKeystroke(document.querySelector('input'));
    }
    default:
      throw new Error(`unknown case ${which}`);
  }
}

run().then((ms) => { window.__result = ms; }, (error) => { window.__result = String(error); });
