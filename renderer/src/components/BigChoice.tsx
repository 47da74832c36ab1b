// The kiosk's large tappable choice: a title in big type and, under it, one line saying what the
// choice means. Many screens offer their choices this way; written once so that each keeps the
// same markup (a <button> with the big-choice classes the styles, the e2e specs and the
// elderly-first crawl rely on) and only says what differs: the words, the test id, the action.
import type { ButtonHTMLAttributes, ReactNode } from 'react';

type ButtonProps = Omit<
  ButtonHTMLAttributes<HTMLButtonElement>,
  'type' | 'className' | 'children' | 'title'
>;

export interface BigChoiceProps extends ButtonProps {
  /** The choice in a few words, in large type. */
  title: ReactNode;
  /** One line under the title saying what the choice means; none when left out. */
  hint?: ReactNode;
  /** A test id on the hint line, for specs that read it. */
  hintTestId?: string;
  /** A short mark after the hint (e.g. "已选" on a picked answer); none when left out. */
  badge?: ReactNode;
  /** A secondary look ('outline') or one of the answer looks the styles define. */
  variant?: 'outline' | 'answer' | 'toggle' | 'step';
  'data-testid': string;
}

export function BigChoice(props: BigChoiceProps) {
  const { title, hint, hintTestId, badge, variant, ...button } = props;
  return (
    <button
      type="button"
      className={variant ? `big-choice big-choice--${variant}` : 'big-choice'}
      {...button}
    >
      <span className="big-choice__title">{title}</span>
      {hint === undefined || hint === null ? null : (
        <span className="big-choice__hint" data-testid={hintTestId}>
          {hint}
        </span>
      )}
      {badge === undefined || badge === null ? null : (
        <span className="big-choice__badge">{badge}</span>
      )}
    </button>
  );
}
