-- The needs survey (需求调研): the centre's current questionnaire, cached so the tile still asks
-- it while the centre is unreachable, and the anonymous answer sheets waiting to be delivered.
-- A sheet holds nothing that identifies the resident, the visit or the time: no card, phone,
-- ticket, visit or request id, no kiosk-local sequence (its key is a random UUID, also sent as
-- the centre's look-up id), and a day only, never an hour. It is deleted once the centre holds it
-- (surveySender's recordSent), so the kiosk does not keep answers it no longer needs.
CREATE TABLE survey_questionnaire (
  -- One row: the questionnaire the centre listed last.
  id INTEGER PRIMARY KEY CHECK (id = 1),
  survey_id TEXT NOT NULL CHECK (length(survey_id) BETWEEN 1 AND 100),
  -- contract/survey.ts's Questionnaire, as read (tolerantly) from the centre.
  questionnaire_json TEXT NOT NULL CHECK (json_valid(questionnaire_json)),
  fetched_at TEXT NOT NULL
) STRICT;

CREATE TABLE survey_answers (
  response_id TEXT PRIMARY KEY CHECK (length(response_id) = 36),
  survey_id TEXT NOT NULL CHECK (length(survey_id) BETWEEN 1 AND 100),
  answered_on TEXT NOT NULL CHECK (answered_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  answers_json TEXT NOT NULL CHECK (json_valid(answers_json))
) STRICT;
