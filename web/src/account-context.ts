// What every signed-in screen may need: the user, a way to refresh them, sign out, flash messages,
// and the dialogs the username menu opens.
import { createContext, useContext } from 'react';
import type { UserView } from './api/types.ts';

export interface Account {
  user: UserView;
  refreshUser: () => Promise<void>;
  signOut: () => Promise<void>;
  /** A message for the next screen ("Multifactor authentication is on."). */
  flash: (message: string) => void;
  openDisableMfa: () => void;
}

export const AccountContext = createContext<Account | null>(null);

export function useAccount(): Account {
  const account = useContext(AccountContext);
  if (!account) throw new Error('useAccount outside a signed-in screen');
  return account;
}
