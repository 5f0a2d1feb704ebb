import type { ReactNode } from 'react';
import 'react-mfa-enroll/styles.css';
import './app.css';

export const metadata = { title: 'Tokens on the server · react-mfa-enroll' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
