import type { ReactNode } from 'react';
import type { OpName } from '../../../shared/contract';
import { DeniedPanel, OpButton, useCanOp } from '../components/Permitted';
import { useI18n } from '../i18n/I18n';
import { navigate } from '../router';
import { AdmitPage } from './register/AdmitPage';
import { BookPage } from './register/BookPage';
import { DeliveryPage } from './register/DeliveryPage';
import { OutcomePage } from './register/OutcomePage';
import { RecordPage } from './register/RecordPage';
import { FollowUpList } from './register/FollowUpList';
import { TodayPage } from './register/TodayPage';

/** The Register tab: Today (home), Admit, the register book, and one record with its delivery and outcome forms. */
export function RegisterPage({ rest }: { rest: string[] }) {
  const [sub = 'today', idText, action] = rest;
  const id = Number(idText);
  const canOp = useCanOp();
  // A form the role may not save is not shown at all: the reason comes before anything is typed.
  const form = (op: OpName, page: ReactNode) => (canOp(op) ? page : <DeniedPanel op={op} />);
  let page: ReactNode;
  if (sub === 'admit') page = form('admitMother', <AdmitPage key={rest.join('/')} />);
  else if (sub === 'book') page = <BookPage />;
  else if (sub === 'follow-up') page = <FollowUpList />;
  else if (sub === 'record' && Number.isInteger(id) && id > 0) {
    if (action === 'delivery') page = form('recordDelivery', <DeliveryPage key={id} id={id} />);
    else if (action === 'outcome') page = form('recordOutcome', <OutcomePage key={id} id={id} />);
    else page = <RecordPage key={id} id={id} />;
  } else page = <TodayPage />;
  return (
    <>
      <RegisterTabs current={sub === 'record' ? 'record' : sub} />
      {page}
    </>
  );
}

function RegisterTabs({ current }: { current: string }) {
  const { t, tx } = useI18n();
  const tabs = [
    { path: 'today', href: 'register', label: 'register.tab.today', keys: 'Alt+T' },
    { path: 'book', href: 'register/book', label: 'register.tab.book' },
    { path: 'follow-up', href: 'register/follow-up', label: 'followup.title' },
  ];
  return (
    <nav className="subnav" aria-label={t('nav.register')}>
      {tabs.map((tab) => (
        <a
          key={tab.path}
          href={`#/${tab.href}`}
          className={current === tab.path ? 'active' : undefined}
          aria-current={current === tab.path ? 'page' : undefined}
          aria-keyshortcuts={tab.keys}
          title={tab.keys}
          onClick={(e) => {
            e.preventDefault();
            navigate(tab.href);
          }}
        >
          {tx(tab.label)}
        </a>
      ))}
      <span className="subnav-spacer" />
      <OpButton
        op="admitMother"
        className={`primary admit-button${current === 'admit' ? ' active' : ''}`}
        onClick={() => navigate('register/admit')}
        aria-keyshortcuts="Alt+N"
        data-testid="admit-button"
      >
        {t('action.admit')} <kbd>Alt+N</kbd>
      </OpButton>
    </nav>
  );
}
