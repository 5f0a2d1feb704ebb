import type { TotpSetupMessages } from './messages.js';

export const de: TotpSetupMessages = {
  title: 'Authenticator-App einrichten',
  loading: 'Ihr Authenticator-Schlüssel wird vorbereitet …',
  scanInstructions:
    'Scannen Sie diesen QR-Code mit einer Authenticator-App, etwa Google Authenticator, Microsoft Authenticator oder 1Password.',
  qrCodeLabel: ({ issuer, accountName }) =>
    `QR-Code, der ${accountName || 'Ihr Konto'} bei ${issuer} zu einer Authenticator-App hinzufügt`,
  openInApp: 'In meiner Authenticator-App öffnen (auf diesem Telefon)',
  manualKeyIntro: 'Scannen klappt nicht? Geben Sie stattdessen diesen Einrichtungsschlüssel in der App ein:',
  secretKeySpoken: (characters) => `Einrichtungsschlüssel, Zeichen für Zeichen: ${characters.join(' ')}`,
  copySecret: 'Schlüssel kopieren',
  secretCopied: 'Einrichtungsschlüssel kopiert',
  copyFailed: 'Kopieren ist hier blockiert. Der Schlüssel ist markiert: Drücken Sie Strg+C (oder ⌘C).',
  codeLabel: '6-stelliger Code',
  codeHint: 'Geben Sie den Code ein, den Ihre Authenticator-App für dieses Konto anzeigt.',
  codeIncomplete: 'Geben Sie alle 6 Ziffern des Codes ein.',
  deviceNameLabel: 'Gerätename',
  deviceNameHint: 'Ein Name, an dem Sie diesen Authenticator später wiedererkennen.',
  defaultDeviceName: 'Authenticator-App',
  submit: 'Bestätigen',
  verifying: 'Code wird geprüft …',
  verifiedTitle: 'Authenticator-App hinzugefügt',
  verified: ({ friendlyDeviceName }) =>
    `„${friendlyDeviceName}“ ist eingerichtet. Ab jetzt geben Sie bei der Anmeldung einen Code aus dieser App ein.`,
  errors: {
    'wrong-code': 'Der Code stimmt nicht. Codes wechseln alle 30 Sekunden: Geben Sie den neuesten aus Ihrer App ein.',
    'session-expired': 'Die Anmeldung hat zu lange gedauert und ist abgelaufen. Beginnen Sie neu, um einen neuen Schlüssel zu erhalten.',
    'signed-out': 'Sie wurden abgemeldet. Melden Sie sich erneut an und richten Sie die App dann ein.',
    'rate-limited': 'Zu viele Versuche. Warten Sie eine Minute und versuchen Sie es dann erneut.',
    'totp-not-enabled': 'Authenticator-Apps sind für dieses Konto nicht aktiviert. Wenden Sie sich an den Support.',
    blocked: 'Diese Anfrage wurde blockiert. Wenden Sie sich an den Support, falls das wieder passiert.',
    network: 'Der Anmeldedienst ist nicht erreichbar. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
    configuration: 'Die Anmeldung ist für Authenticator-Apps nicht richtig eingerichtet. Wenden Sie sich an den Support.',
    unknown: 'Etwas ist schiefgelaufen. Versuchen Sie es erneut.',
  },
  sessionExpiredSignIn: 'Diese Anmeldung hat zu lange gedauert und ist abgelaufen. Melden Sie sich erneut an, um fortzufahren.',
  associateFailed: 'Ihr Einrichtungsschlüssel konnte nicht erstellt werden.',
  retry: 'Erneut versuchen',
  restart: 'Neu beginnen',
  sessionTimeLeft: ({ time }) => `Verbleibende Zeit: ${time}`,
  sessionEndingSoon: ({ seconds }) =>
    `Weniger als ${seconds} Sekunden übrig. Geben Sie den Code jetzt ein, sonst müssen Sie sich neu anmelden.`,
};
