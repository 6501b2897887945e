// The username in the topbar opens the account menu (vStor's wording): a menu button with arrow-key
// navigation, Escape to close, focus back on the button.
import { type KeyboardEvent, useEffect, useId, useRef, useState } from 'react';
import { useAccount } from '../account-context.ts';
import { navigate } from '../router.tsx';

interface Item {
  label: string;
  act: () => void;
  separatorBefore?: boolean;
}

export function UserMenu() {
  const account = useAccount();
  const { user } = account;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLUListElement>(null);
  const menuId = useId();

  const items: Item[] = [
    ...(user.mfa_enabled
      ? [
          { label: 'Disable multifactor authentication', act: account.openDisableMfa },
          { label: 'Change multifactor authentication method', act: () => navigate('/mfa/change') },
        ]
      : [{ label: 'Enroll in Multifactor Authentication', act: () => navigate('/mfa/enroll') }]),
    { label: 'Manage API Keys', act: () => navigate('/api-keys') },
    { label: 'Sessions', act: () => navigate('/account/sessions') },
    { label: 'Change password', act: () => navigate('/account/password') },
    { label: 'Sign out', act: () => void account.signOut(), separatorBefore: true },
  ];

  const focusItem = (index: number) => {
    const buttons = list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]');
    if (!buttons || buttons.length === 0) return;
    buttons[(index + buttons.length) % buttons.length]?.focus();
  };

  useEffect(() => {
    if (!open) return;
    const closeOnOutside = (event: MouseEvent) => {
      const target = event.target as Node;
      if (!list.current?.contains(target) && !button.current?.contains(target)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutside);
    return () => document.removeEventListener('mousedown', closeOnOutside);
  }, [open]);

  const openAndFocus = (index: number) => {
    setOpen(true);
    requestAnimationFrame(() => focusItem(index));
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      openAndFocus(0);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      openAndFocus(-1);
    }
  };

  const onMenuKey = (event: KeyboardEvent) => {
    const buttons = [...(list.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])];
    const current = buttons.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'ArrowDown') focusItem(current + 1);
    else if (event.key === 'ArrowUp') focusItem(current - 1);
    else if (event.key === 'Home') focusItem(0);
    else if (event.key === 'End') focusItem(-1);
    else if (event.key === 'Escape') {
      setOpen(false);
      button.current?.focus();
    } else if (event.key === 'Tab') {
      setOpen(false);
      return;
    } else return;
    event.preventDefault();
  };

  const choose = (item: Item) => {
    setOpen(false);
    button.current?.focus();
    item.act();
  };

  return (
    <div className="user-menu">
      <button
        ref={button}
        type="button"
        className="user-menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={menuId}
        onClick={() => (open ? setOpen(false) : openAndFocus(0))}
        onKeyDown={onButtonKey}
      >
        <span className="avatar" aria-hidden="true">
          {user.username.slice(0, 1).toUpperCase()}
        </span>
        <span className="user-menu-name">{user.username}</span>
        <span className="caret" aria-hidden="true">
          ▾
        </span>
      </button>
      <ul ref={list} id={menuId} role="menu" aria-label={`Account menu for ${user.username}`} className="menu" hidden={!open} onKeyDown={onMenuKey}>
        {items.map((item) => (
          <li key={item.label} role="none" className={item.separatorBefore ? 'menu-separated' : undefined}>
            <button type="button" role="menuitem" tabIndex={-1} onClick={() => choose(item)}>
              {item.label}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
