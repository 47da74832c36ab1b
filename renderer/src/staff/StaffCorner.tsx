// The discreet way into staff mode: pressing and holding the home screen's bottom-left corner for
// three seconds. It is not a button and says nothing, so residents neither see nor hit it by a tap.
import { useEffect, useRef } from 'react';
import { requestStaffEntry } from './staffEntryEvent.js';

export const staffLongPressMs = 3_000;

export function StaffCorner() {
  const timer = useRef<number | undefined>(undefined);
  const cancel = () => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
  };
  useEffect(() => cancel, []);
  return (
    <div
      className="staff-corner"
      data-testid="staff-corner"
      aria-hidden="true"
      onPointerDown={() => {
        cancel();
        timer.current = window.setTimeout(requestStaffEntry, staffLongPressMs);
      }}
      onPointerUp={cancel}
      onPointerLeave={cancel}
      onPointerCancel={cancel}
      onContextMenu={(event) => event.preventDefault()}
    />
  );
}
