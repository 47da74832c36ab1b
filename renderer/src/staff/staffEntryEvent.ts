// The home screen's hidden corner and the staff mode are far apart in the tree; a page event
// joins them without threading a prop through every screen. Nothing but the corner sends it.
const staffEntryEvent = 'kiosk:staff-entry';

export function requestStaffEntry(): void {
  window.dispatchEvent(new Event(staffEntryEvent));
}

/** Calls onEntry whenever the corner was held long enough; returns the unsubscribe. */
export function onStaffEntryRequested(onEntry: () => void): () => void {
  window.addEventListener(staffEntryEvent, onEntry);
  return () => window.removeEventListener(staffEntryEvent, onEntry);
}
