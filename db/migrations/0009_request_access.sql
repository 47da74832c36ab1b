-- Public-lobby hardening. A request's QR code carries a random secret (never sent to the centre)
-- so that only the receipt's holder sees its handler's note, prints a slip or rates it; a typed
-- ticket alone shows the stage. Older requests have none (NULL): their QR opens the stage only.
ALTER TABLE requests ADD COLUMN lookup_secret TEXT CHECK (
  lookup_secret IS NULL OR length(lookup_secret) = 10
);

-- A handler's note is cached to show and print, not to archive: at most 2,000 characters, cut
-- with an ellipsis (the repository caps new notes the same way, at a character boundary).
UPDATE request_status SET handler_note = substr(handler_note, 1, 1999) || '…'
WHERE length(handler_note) > 2000;
