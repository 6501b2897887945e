// The topbar: product name, the sections this user may open, and the username menu. On a narrow
// screen the sections fold behind a "Menu" button (a disclosure: aria-expanded, Escape closes it).
import { useEffect, useState } from 'react';
import { useAccount } from '../account-context.ts';
import { Link, usePath } from '../router.tsx';
import { UserMenu } from './user-menu.tsx';

const sections = [
  { to: '/account', label: 'Account', admin: false },
  { to: '/api-keys', label: 'API Keys', admin: false },
  { to: '/admin/users', label: 'Users', admin: true },
  { to: '/admin/user-settings', label: 'Default User Settings', admin: true },
  { to: '/admin/email', label: 'E-mail Delivery', admin: true },
  { to: '/admin/audit', label: 'Audit Log', admin: true },
];

export function Topbar() {
  const { user } = useAccount();
  const path = usePath();
  const visible = sections.filter((section) => !section.admin || user.role === 'admin');
  const [open, setOpen] = useState(false);
  // A section chosen from the folded menu closes it.
  useEffect(() => setOpen(false), [path]);
  return (
    <header className="topbar">
      <div className="topbar-inner">
        <Link to="/account" className="brand">
          <svg className="brand-mark" viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="6" />
            <path d="M8 26V13l8-6 8 6v13h-5v-7h-6v7z" />
          </svg>
          <span>Gatehouse</span>
        </Link>
        <button
          type="button"
          className="sections-toggle"
          aria-expanded={open}
          aria-controls="sections"
          onClick={() => setOpen(!open)}
          onKeyDown={(event) => event.key === 'Escape' && setOpen(false)}
        >
          <svg viewBox="0 0 20 20" aria-hidden="true" className="sections-toggle-icon">
            <path d="M3 5h14M3 10h14M3 15h14" />
          </svg>
          Menu
        </button>
        <nav aria-label="Sections" className={`sections ${open ? 'sections-open' : ''}`} id="sections" onClick={() => setOpen(false)}>
          <ul>
            {visible.map((section) => (
              <li key={section.to}>
                <Link to={section.to} aria-current={path === section.to || path.startsWith(`${section.to}/`) ? 'page' : undefined}>
                  {section.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <UserMenu />
      </div>
    </header>
  );
}
