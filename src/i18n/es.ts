import type { TotpSetupMessages } from './messages.js';

export const es: TotpSetupMessages = {
  title: 'Configura una aplicación de autenticación',
  loading: 'Preparando tu clave de autenticación…',
  scanInstructions:
    'Escanea este código QR con una aplicación de autenticación, como Google Authenticator, Microsoft Authenticator o 1Password.',
  qrCodeLabel: ({ issuer, accountName }) =>
    `Código QR que añade ${accountName || 'tu cuenta'} de ${issuer} a una aplicación de autenticación`,
  openInApp: 'Abrir en mi aplicación de autenticación (en este teléfono)',
  manualKeyIntro: '¿No puedes escanearlo? Introduce esta clave de configuración en la aplicación:',
  secretKeySpoken: (characters) => `Clave de configuración, carácter a carácter: ${characters.join(' ')}`,
  copySecret: 'Copiar clave',
  secretCopied: 'Clave de configuración copiada',
  copyFailed: 'Aquí no se puede copiar. La clave está seleccionada: pulsa Ctrl+C (o ⌘C) para copiarla.',
  codeLabel: 'Código de 6 dígitos',
  codeHint: 'Introduce el código que muestra tu aplicación de autenticación para esta cuenta.',
  codeIncomplete: 'Introduce los 6 dígitos del código.',
  deviceNameLabel: 'Nombre del dispositivo',
  deviceNameHint: 'Un nombre que te ayude a reconocer este autenticador más adelante.',
  defaultDeviceName: 'Aplicación de autenticación',
  submit: 'Verificar',
  verifying: 'Comprobando el código…',
  verifiedTitle: 'Aplicación de autenticación añadida',
  verified: ({ friendlyDeviceName }) =>
    `«${friendlyDeviceName}» está configurada. A partir de ahora introducirás un código suyo al iniciar sesión.`,
  errors: {
    'wrong-code': 'El código no coincide. Los códigos cambian cada 30 segundos: introduce el más reciente de tu aplicación.',
    'session-expired': 'El inicio de sesión ha tardado demasiado y ha caducado. Vuelve a empezar para obtener una clave nueva.',
    'signed-out': 'Se ha cerrado tu sesión. Vuelve a iniciar sesión y configura la aplicación.',
    'rate-limited': 'Demasiados intentos. Espera un minuto y vuelve a intentarlo.',
    'totp-not-enabled': 'Las aplicaciones de autenticación no están habilitadas para esta cuenta. Contacta con el soporte.',
    blocked: 'Se ha bloqueado esta solicitud. Contacta con el soporte si vuelve a ocurrir.',
    network: 'No hemos podido conectar con el servicio de inicio de sesión. Comprueba tu conexión y vuelve a intentarlo.',
    configuration: 'El inicio de sesión no está bien configurado para aplicaciones de autenticación. Contacta con el soporte.',
    unknown: 'Algo ha fallado. Vuelve a intentarlo.',
  },
  sessionExpiredSignIn: 'Este inicio de sesión ha tardado demasiado y ha caducado. Vuelva a iniciar sesión para continuar.',
  associateFailed: 'No hemos podido crear tu clave de configuración.',
  retry: 'Reintentar',
  restart: 'Volver a empezar',
  sessionTimeLeft: ({ time }) => `Tiempo restante: ${time}`,
  sessionEndingSoon: ({ seconds }) =>
    `Quedan menos de ${seconds} segundos. Introduce el código ya o tendrás que volver a iniciar sesión.`,
};
