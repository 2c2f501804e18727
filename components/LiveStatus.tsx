/**
 * A polite status region. It stays in the page from the start, because screen readers only
 * announce changes to a live region they already know about; `visible` decides whether
 * sighted readers see the message too.
 */
export function LiveStatus({ message, visible = false, class: className }: { message: string; visible?: boolean; class?: string }) {
  return (
    <p role="status" class={[visible ? 'live-status' : 'visually-hidden', className].filter(Boolean).join(' ')}>
      {message}
    </p>
  );
}
