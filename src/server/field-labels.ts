// What a person calls each wire field of the API, for error messages ("Username: at most 64
// characters."). A field missing here is named from its wire name ("read_only" → "Read only").
const LABELS: Record<string, string> = {
  username: 'Username',
  password: 'Password',
  current_password: 'Current password',
  new_password: 'New password',
  email: 'E-mail address',
  role: 'Role',
  disabled: 'Disabled',
  must_change_password: 'Must change password',
  code: 'Code',
  method: 'Method',
  name: 'Name',
  expires_at: 'Expiry date',
  read_only: 'Read-only',
  allowed_methods: 'Allowed methods',
  enforce_mfa: 'Enforce multifactor authentication',
  preview: 'Preview',
  host: 'SMTP server',
  port: 'Port',
  security: 'Connection security',
  sender: 'Sender',
  to: 'Recipient address',
  max_lifetime_days: 'Maximum key lifetime in days',
  type: 'Event type',
  user: 'User',
  before: 'Before',
  limit: 'Limit',
  id: 'Id',
  api_key: 'API key',
  authenticator_id: 'Authenticator',
  kind: 'Kind',
};

export function fieldLabel(field: string): string {
  const known = LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]+/g, ' ').trim().toLowerCase();
  return words ? words[0]!.toUpperCase() + words.slice(1) : 'A field';
}
