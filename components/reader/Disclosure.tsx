import type { ComponentChildren } from 'preact';

interface DisclosureProps {
  id: string;
  heading: string;
  open: boolean;
  onToggle: (open: boolean) => void;
  children: ComponentChildren;
}

/**
 * A section that can be collapsed: its heading holds the button (the disclosure pattern), so
 * it stays a heading for screen-reader navigation, which a heading inside <summary> does not.
 */
export function Disclosure({ id, heading, open, onToggle, children }: DisclosureProps) {
  return (
    <section class="disclosure" aria-labelledby={`${id}-heading`}>
      <h2 class="disclosure-heading">
        <button
          type="button"
          id={`${id}-heading`}
          aria-expanded={open}
          aria-controls={`${id}-content`}
          onClick={() => onToggle(!open)}
        >
          {heading}
        </button>
      </h2>
      <div id={`${id}-content`} class="disclosure-content" hidden={!open}>
        {children}
      </div>
    </section>
  );
}
