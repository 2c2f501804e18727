export interface StatusAction {
  label: string;
  onActivate: () => void;
}

interface StatusMessageProps {
  /** One short sentence saying what is going on: the page's h1 in this state. */
  heading: string;
  /** What it means and what the reader can do about it. */
  detail: string;
  /** At least one next step, so no state is a dead end. */
  actions: StatusAction[];
}

/**
 * A state other than "here is the article": no article, a page Lede may not read, a page
 * that changed, an error. The heading takes focus when the state replaces the control
 * that had it (see the popup's announcements), hence tabIndex -1.
 */
export function StatusMessage({ heading, detail, actions }: StatusMessageProps) {
  return (
    <section class="status-message">
      <h1 tabIndex={-1}>{heading}</h1>
      <p>{detail}</p>
      <div class="action-row">
        {actions.map((action) => (
          <button key={action.label} type="button" class="action" onClick={action.onActivate}>
            {action.label}
          </button>
        ))}
      </div>
    </section>
  );
}
