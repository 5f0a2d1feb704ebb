import type { TotpSetupMessages } from './messages.js';

export const fr: TotpSetupMessages = {
  title: 'Configurer une application d’authentification',
  loading: 'Préparation de votre clé d’authentification…',
  scanInstructions:
    'Scannez ce code QR avec une application d’authentification, comme Google Authenticator, Microsoft Authenticator ou 1Password.',
  qrCodeLabel: ({ issuer, accountName }) =>
    `Code QR qui ajoute ${accountName || 'votre compte'} chez ${issuer} à une application d’authentification`,
  openInApp: 'Ouvrir dans mon application d’authentification (sur ce téléphone)',
  manualKeyIntro: 'Impossible de scanner ? Saisissez plutôt cette clé de configuration dans l’application :',
  secretKeySpoken: (characters) => `Clé de configuration, caractère par caractère : ${characters.join(' ')}`,
  copySecret: 'Copier la clé',
  secretCopied: 'Clé de configuration copiée',
  copyFailed: 'La copie est bloquée ici. La clé est sélectionnée : appuyez sur Ctrl+C (ou ⌘C) pour la copier.',
  codeLabel: 'Code à 6 chiffres',
  codeHint: 'Saisissez le code que votre application d’authentification affiche pour ce compte.',
  codeIncomplete: 'Saisissez les 6 chiffres du code.',
  deviceNameLabel: 'Nom de l’appareil',
  deviceNameHint: 'Un nom qui vous aidera à reconnaître cet authentificateur plus tard.',
  defaultDeviceName: 'Application d’authentification',
  submit: 'Vérifier',
  verifying: 'Vérification du code…',
  verifiedTitle: 'Application d’authentification ajoutée',
  verified: ({ friendlyDeviceName }) =>
    `« ${friendlyDeviceName} » est configurée. Vous saisirez désormais un code de cette application à la connexion.`,
  errors: {
    'wrong-code': 'Ce code ne correspond pas. Les codes changent toutes les 30 secondes : saisissez le plus récent.',
    'session-expired': 'La connexion a pris trop de temps et a expiré. Recommencez pour obtenir une nouvelle clé.',
    'signed-out': 'Vous avez été déconnecté. Reconnectez-vous, puis configurez l’application.',
    'rate-limited': 'Trop de tentatives. Patientez une minute, puis réessayez.',
    'totp-not-enabled': 'Les applications d’authentification ne sont pas activées pour ce compte. Contactez le support.',
    blocked: 'Cette demande a été bloquée. Contactez le support si cela se reproduit.',
    network: 'Impossible de joindre le service de connexion. Vérifiez votre connexion, puis réessayez.',
    configuration: 'La connexion n’est pas correctement configurée pour les applications d’authentification. Contactez le support.',
    unknown: 'Une erreur s’est produite. Réessayez.',
  },
  sessionExpiredSignIn: 'Cette connexion a pris trop de temps et a expiré. Reconnectez-vous pour continuer.',
  associateFailed: 'Impossible de créer votre clé de configuration.',
  retry: 'Réessayer',
  restart: 'Recommencer',
  sessionTimeLeft: ({ time }) => `Temps restant : ${time}`,
  sessionEndingSoon: ({ seconds }) =>
    `Moins de ${seconds} secondes restantes. Saisissez le code maintenant, sinon vous devrez vous reconnecter.`,
};
