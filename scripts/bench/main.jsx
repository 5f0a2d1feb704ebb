// One measurement per page load, chosen by ?case=…; scripts/bench.mjs runs each many times.
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
const nextPaint = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const until = async (test) => { while (!test()) await new Promise((r) => requestAnimationFrame(r)); };

function BareInput() {
  const [value, setValue] = useState('');
  return <input aria-label="code" value={value} onChange={(e) => setValue(e.currentTarget.value.replace(/\D/g, '').slice(0, 6))} />;
}

/** Time from asking React to render to the QR code on screen. */
async function mountToQr(element) {
  const start = performance.now();
  createRoot(document.getElementById('root')).render(element);
  await until(() => document.querySelector('svg path:last-of-type'));
  await nextPaint();
  return performance.now() - start;
}

/** Mean time per keystroke, from the input event to the next paint, over typing and deleting. */
async function perKeystroke(field) {
  const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
  const values = ['1', '12', '123', '1234', '12345', '1234', '123', '12', '1', ''];
  let total = 0;
  let count = 0;
  for (let round = 0; round < 4; round += 1) {
    for (const value of values) {
      const start = performance.now();
      setValue.call(field, value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      await nextPaint();
      total += performance.now() - start;
      count += 1;
    }
  }
  return total / count;
}

async function run() {
  const adapter = createMemoryAdapter({ secretCode });
  switch (which) {
    case 'wizard-mount':
      return mountToQr(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" autoSubmit={false} />);
    case 'bare-qr-mount':
      return mountToQr(<QRCodeSVG value={uri} size={176} marginSize={4} />);
    case 'wizard-keystroke': {
      createRoot(document.getElementById('root')).render(<TotpSetup adapter={adapter} issuer="Acme" accountName="ana" autoSubmit={false} />);
      await until(() => document.querySelector('[data-part="code-input"]'));
      return perKeystroke(document.querySelector('[data-part="code-input"]'));
    }
    case 'bare-input-keystroke': {
      flushSync(() => createRoot(document.getElementById('root')).render(<BareInput />));
      await until(() => document.querySelector('input'));
      return perKeystroke(document.querySelector('input'));
    }
    default:
      throw new Error(`unknown case ${which}`);
  }
}

run().then((ms) => { window.__result = ms; }, (error) => { window.__result = String(error); });
