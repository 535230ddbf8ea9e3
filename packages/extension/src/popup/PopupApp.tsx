/** The popup: the rep's plan at a glance, and the manager's notes and check-ins (docs/ux.md). */
import { useEffect, useState } from 'react';
import { request } from '../pages/client';
import type { Role } from '../storage/settings-schema';
import { ManagerTab } from './ManagerTab';
import { RepTab } from './RepTab';

const TABS: readonly { readonly role: Role; readonly label: string }[] = [
  { role: 'rep', label: 'My plan' },
  { role: 'manager', label: 'Coaching' },
];

export function PopupApp() {
  const [role, setRole] = useState<Role | null>(null);

  // Opens on the tab the user last used (the `role` setting).
  useEffect(() => {
    void request({ type: 'settings/get' }).then((response) =>
      setRole(response.ok ? response.settings.role : 'rep'),
    );
  }, []);

  function choose(next: Role) {
    setRole(next);
    void request({ type: 'settings/save', patch: { role: next } });
  }

  return (
    <main className="popup">
      <header className="row spread popup-header">
        <h1>OnPace</h1>
        <div role="tablist" aria-label="View" className="tabs">
          {TABS.map((tab) => (
            <button
              key={tab.role}
              type="button"
              role="tab"
              id={`tab-${tab.role}`}
              aria-selected={role === tab.role}
              aria-controls={`panel-${tab.role}`}
              onClick={() => choose(tab.role)}
            >
              {tab.label}
            </button>
          ))}
        </div>
      </header>
      {role === null ? null : (
        <section role="tabpanel" id={`panel-${role}`} aria-labelledby={`tab-${role}`}>
          {role === 'rep' ? <RepTab /> : <ManagerTab />}
        </section>
      )}
    </main>
  );
}
