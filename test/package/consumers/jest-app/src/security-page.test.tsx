import { render, screen } from '@testing-library/react';
import { SecurityPage } from './security-page';

test('shows the QR code of a fresh authenticator key, and the code field', async () => {
  render(<SecurityPage />);
  expect(await screen.findByRole('img', { name: /QR code .*ana@example\.com/ })).toBeTruthy();
  expect(screen.getByRole('textbox', { name: '6-digit code' })).toBeTruthy();
});
