import type { TotpSetupMessages } from './messages.js';

export const ja: TotpSetupMessages = {
  title: '認証アプリを設定',
  loading: '認証キーを準備しています…',
  scanInstructions:
    'Google Authenticator、Microsoft Authenticator、1Password などの認証アプリでこの QR コードをスキャンしてください。',
  qrCodeLabel: ({ issuer, accountName }) =>
    `${issuer} の ${accountName || 'アカウント'} を認証アプリに追加する QR コード`,
  openInApp: 'この端末の認証アプリで開く',
  manualKeyIntro: 'スキャンできない場合は、代わりにこのセットアップキーをアプリに入力してください:',
  secretKeySpoken: (characters) => `セットアップキー、1 文字ずつ: ${characters.join(' ')}`,
  copySecret: 'キーをコピー',
  secretCopied: 'セットアップキーをコピーしました',
  copyFailed: 'ここではコピーできません。キーは選択済みです。Ctrl+C(または ⌘C)でコピーしてください。',
  codeLabel: '6 桁のコード',
  codeHint: '認証アプリにこのアカウント用に表示されているコードを入力してください。',
  codeIncomplete: 'コードを 6 桁すべて入力してください。',
  deviceNameLabel: 'デバイス名',
  deviceNameHint: 'あとでこの認証アプリを見分けるための名前です。',
  defaultDeviceName: '認証アプリ',
  submit: '確認',
  verifying: 'コードを確認しています…',
  verifiedTitle: '認証アプリを追加しました',
  verified: ({ friendlyDeviceName }) =>
    `「${friendlyDeviceName}」を設定しました。今後はサインイン時にこのアプリのコードを入力します。`,
  errors: {
    'wrong-code': 'コードが一致しません。コードは 30 秒ごとに変わります。アプリに表示されている最新のコードを入力してください。',
    'session-expired': 'サインインに時間がかかりすぎたため、期限が切れました。最初からやり直して新しいキーを取得してください。',
    'signed-out': 'サインアウトされました。もう一度サインインしてから、アプリを設定してください。',
    'rate-limited': '試行回数が多すぎます。1 分ほど待ってから、もう一度お試しください。',
    'totp-not-enabled': 'このアカウントでは認証アプリが有効になっていません。サポートにお問い合わせください。',
    blocked: 'このリクエストはブロックされました。繰り返し起こる場合はサポートにお問い合わせください。',
    network: 'サインインサービスに接続できませんでした。接続を確認して、もう一度お試しください。',
    configuration: 'サインインが認証アプリ用に正しく設定されていません。サポートにお問い合わせください。',
    unknown: '問題が発生しました。もう一度お試しください。',
  },
  sessionExpiredSignIn: 'サインインに時間がかかりすぎたため、有効期限が切れました。続けるには、もう一度サインインしてください。',
  associateFailed: 'セットアップキーを作成できませんでした。',
  retry: 'もう一度試す',
  restart: '最初からやり直す',
  sessionTimeLeft: ({ time }) => `残り時間: ${time}`,
  sessionEndingSoon: ({ seconds }) => `残り ${seconds} 秒を切りました。今すぐコードを入力しないと、もう一度サインインが必要になります。`,
};
