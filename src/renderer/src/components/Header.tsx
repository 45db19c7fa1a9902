import type { Theme } from '../../../core/settings/schema';
import { RehearseButton } from '../rehearsal/RehearseEntry';
import { ThemeSwitch } from './ThemeSwitch';

type Props = {
  /** the open guide's title, shown as a breadcrumb */
  crumb?: string;
  theme: Theme;
  onTheme: (theme: Theme) => void;
  onHome: () => void;
  /** opens rehearsal mode; `rehearsing` marks it as the current place */
  onRehearse?: () => void;
  rehearsing?: boolean;
};

export function Header({ crumb, theme, onTheme, onHome, onRehearse, rehearsing = false }: Props) {
  return (
    <header className="app-header">
      <nav className="app-header__nav" aria-label="Location">
        <button type="button" className="brand" onClick={onHome} aria-label="Archtree, all guides">
          <svg className="brand__mark" viewBox="0 0 24 24" aria-hidden="true">
            <rect x="9" y="2.5" width="6" height="5" rx="1.2" />
            <rect x="2.5" y="16.5" width="6" height="5" rx="1.2" />
            <rect x="15.5" y="16.5" width="6" height="5" rx="1.2" />
            <path d="M12 7.5v4.5M5.5 16.5V12h13v4.5" fill="none" />
          </svg>
          <span className="brand__name">Archtree</span>
        </button>
        {crumb && (
          <>
            <span className="app-header__sep" aria-hidden="true">/</span>
            <span className="app-header__crumb" aria-current="page">
              {crumb}
            </span>
          </>
        )}
      </nav>
      <div className="app-header__actions">
        {onRehearse && <RehearseButton active={rehearsing} onClick={onRehearse} />}
        <ThemeSwitch value={theme} onChange={onTheme} />
      </div>
    </header>
  );
}
